"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { useUrlParams } from "@/components/data-table/use-url-params";

export type ResultsFilterChoices = {
  regions: FilterOption[];
  provinces: FilterOption[];
  localities: FilterOption[];
  countries: FilterOption[];
  campaigns: FilterOption[];
};

/** The campaign to compare with: "no comparison" rather than the lists' "All". */
function CompareSelect({ options }: { options: FilterOption[] }) {
  const t = useTranslations("evaluationTables");
  const { searchParams, setParams } = useUrlParams();
  return (
    <div>
      <label htmlFor="filter-compare" className="field-label">
        {t("compare")}
      </label>
      <select
        id="filter-compare"
        className="input"
        value={searchParams.get("compare") ?? ""}
        onChange={(e) => setParams({ compare: e.target.value })}
      >
        <option value="">{t("noCompare")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <CompareSelect options={choices.campaigns} />
    </div>
  );
}
