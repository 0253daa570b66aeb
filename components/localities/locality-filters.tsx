"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { LOCALITY_LEVELS } from "@/lib/domain/enums";

/** The directory's filters, held in the URL. */
export function LocalityFilters({ countries, provinces }: { countries: FilterOption[]; provinces: FilterOption[] }) {
  const t = useTranslations("localities.list");
  const te = useTranslations("enums");
  return (
    <section aria-labelledby="locality-filters-title" className="card mb-4 grid grid-cols-1 gap-3 p-4 sm:grid-cols-2 lg:grid-cols-5">
      <h2 id="locality-filters-title" className="sr-only">
        {t("filtersTitle")}
      </h2>
      <SearchInput label={t("search")} placeholder={t("searchPlaceholder")} className="sm:col-span-2 lg:col-span-1" />
      <FilterSelect
        param="side"
        label={t("side")}
        options={[
          { value: "ours", label: t("sideOurs") },
          { value: "partner", label: t("sidePartner") },
        ]}
      />
      <FilterSelect param="country" label={t("country")} options={countries} />
      <FilterSelect param="province" label={t("province")} options={provinces} />
      <FilterSelect
        param="level"
        label={t("level")}
        options={LOCALITY_LEVELS.map((l) => ({ value: l, label: te(`localityLevel.${l}`) }))}
      />
    </section>
  );
}
