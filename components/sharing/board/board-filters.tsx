"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { ACTIVITY_CATEGORIES, PARTNERSHIP_PURPOSES, SEEKING_SIDES } from "@/lib/domain/enums";
import { BOARD_STATES } from "@/lib/domain/partner-request-state";

/** The board's filters, bound to the URL: who seeks, the country, our province, a field of cooperation, the state. */
export function BoardFilters({ countries, provinces }: { countries: FilterOption[]; provinces: FilterOption[] }) {
  const t = useTranslations("board");
  const te = useTranslations("enums");
  const fields: FilterOption[] = [
    ...PARTNERSHIP_PURPOSES.map((p) => ({ value: `p.${p}`, label: te(`purpose.${p}`), group: t("filters.purposes") })),
    ...ACTIVITY_CATEGORIES.map((c) => ({ value: `c.${c}`, label: te(`activityCategory.${c}`), group: t("filters.categories") })),
  ];
  return (
    <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <FilterSelect param="side" label={t("filters.side")} options={SEEKING_SIDES.map((s) => ({ value: s, label: t(`side.${s}`) }))} />
      <FilterSelect param="country" label={t("filters.country")} options={countries} />
      <FilterSelect param="province" label={t("filters.province")} options={provinces} />
      <FilterSelect param="field" label={t("filters.field")} options={fields} />
      <FilterSelect param="state" label={t("filters.state")} options={BOARD_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))} />
    </div>
  );
}
