"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";

/** Province and region filters of the results page, kept in the URL. */
export function ResultsFilters({ provinces, regions }: { provinces: FilterOption[]; regions: FilterOption[] }) {
  const t = useTranslations("evaluations.results");
  return (
    <div role="search" aria-label={t("filters")} className="mb-6 grid gap-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,12rem)]">
      <FilterSelect param="province" label={t("province")} options={provinces} />
      <FilterSelect param="region" label={t("region")} options={regions} />
    </div>
  );
}
