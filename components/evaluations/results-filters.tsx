"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";

export type ResultsFilterChoices = {
  regions: FilterOption[];
  provinces: FilterOption[];
  localities: FilterOption[];
  countries: FilterOption[];
  campaigns: FilterOption[];
};

/** The results page's scope (region, province, locality, partner country) and comparison, kept in the URL. */
export function ResultsFilters({ choices }: { choices: ResultsFilterChoices }) {
  const t = useTranslations("evaluations.results");
  const tt = useTranslations("evaluationTables");
  return (
    <div role="search" aria-label={t("filters")} className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <FilterSelect param="region" label={t("region")} options={choices.regions} />
      <FilterSelect param="province" label={t("province")} options={choices.provinces} />
      {choices.localities.length > 0 ? <FilterSelect param="locality" label={tt("locality")} options={choices.localities} /> : null}
      <FilterSelect param="country" label={tt("partnerCountry")} options={choices.countries} />
      <FilterSelect param="compare" label={tt("compare")} emptyLabel={tt("noCompare")} options={choices.campaigns} />
    </div>
  );
}
