"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";

/** The dashboard's and map's filters, each a URL parameter. */
export function StatFiltersBar({
  countries,
  provinces,
  regions,
  years,
  showProvince,
  clearHref,
}: {
  countries: FilterOption[];
  provinces: FilterOption[];
  regions: FilterOption[];
  years: number[];
  showProvince: boolean;
  clearHref: string;
}) {
  const t = useTranslations("dashboard");
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form role="search" aria-label={t("filtersLabel")} className="mb-6 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
      <FilterSelect param="country" label={t("country")} options={countries} className="w-48" />
      {showProvince ? <FilterSelect param="province" label={t("province")} options={provinces} className="w-44" /> : null}
      {showProvince ? <FilterSelect param="region" label={t("region")} options={regions} className="w-36" /> : null}
      <FilterSelect param="from" label={t("fromYear")} options={yearOptions} className="w-28" />
      <FilterSelect param="to" label={t("toYear")} options={yearOptions} className="w-28" />
      <a href={clearHref} className="btn-link mb-2">
        {t("clearFilters")}
      </a>
    </form>
  );
}
