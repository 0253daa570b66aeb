"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { REGIONS } from "@/lib/domain/enums";
import { ArchivedFilter } from "./archived-filter";
import { DateFilter } from "./date-filter";

/**
 * The filters the activity list, the delegation list and the calendar share
 * (all in the URL), plus each view's own selects.
 */
export function ExchangeFilters({
  searchLabel,
  countries,
  provinces,
  extra,
  dates = true,
  archived = true,
}: {
  searchLabel: string;
  countries: FilterOption[];
  provinces: FilterOption[];
  extra: { param: string; label: string; options: FilterOption[] }[];
  dates?: boolean;
  archived?: boolean;
}) {
  const t = useTranslations("activities.filters");
  const te = useTranslations("enums");
  return (
    <section aria-label={useTranslations("activities")("filtersTitle")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <SearchInput label={searchLabel} className="sm:col-span-2" />
      {dates ? (
        <>
          <DateFilter param="from" label={t("from")} />
          <DateFilter param="to" label={t("to")} />
        </>
      ) : null}
      {extra.map((f) => (
        <FilterSelect key={f.param} param={f.param} label={f.label} options={f.options} />
      ))}
      <FilterSelect param="country" label={t("country")} options={countries} />
      <FilterSelect param="province" label={t("province")} options={provinces} />
      <FilterSelect param="region" label={t("region")} options={REGIONS.map((r) => ({ value: r, label: te(`region.${r}`) }))} />
      {archived ? <ArchivedFilter label={t("archived")} /> : null}
    </section>
  );
}
