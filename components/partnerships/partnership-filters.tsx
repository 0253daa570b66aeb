"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { PARTNERSHIP_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, REGIONS } from "@/lib/domain/enums";

const FILTER_PARAMS = [
  "q",
  "country",
  "province",
  "region",
  "locality",
  "status",
  "type",
  "level",
  "signedFrom",
  "signedTo",
  "undated",
  "archived",
];

/** The registry's filters, each held in the URL (so a filtered view is a link to share). */
export function PartnershipFilters({
  countries,
  provinces,
  localities,
  years,
}: {
  countries: FilterOption[];
  provinces: (FilterOption & { region: string })[];
  localities: FilterOption[];
  years: number[];
}) {
  const t = useTranslations("partnerships.list");
  const te = useTranslations("enums");
  const { searchParams, setParams } = useUrlParams();
  const region = searchParams.get("region");
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }));
  const [resetKey, setResetKey] = useState(0);
  const active = FILTER_PARAMS.some((p) => searchParams.get(p));
  return (
    <section aria-labelledby="partnership-filters-title" className="card mb-4 p-4">
      <h2 id="partnership-filters-title" className="sr-only">
        {t("filtersTitle")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SearchInput key={resetKey} label={t("search")} placeholder={t("searchPlaceholder")} className="sm:col-span-2" />
        <FilterSelect param="country" label={t("country")} options={countries} />
        <FilterSelect param="region" label={t("region")} options={REGIONS.map((r) => ({ value: r, label: te(`region.${r}`) }))} />
        <FilterSelect param="province" label={t("province")} options={provinces.filter((p) => !region || p.region === region)} />
        <FilterSelect param="locality" label={t("locality")} options={localities} />
        <FilterSelect
          param="status"
          label={t("status")}
          options={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: te(`partnershipStatus.${s}`) }))}
        />
        <FilterSelect
          param="type"
          label={t("type")}
          options={PARTNERSHIP_TYPES.map((s) => ({ value: s, label: te(`partnershipType.${s}`) }))}
        />
        <FilterSelect
          param="level"
          label={t("level")}
          options={PARTNERSHIP_LEVELS.map((s) => ({ value: s, label: te(`partnershipLevel.${s}`) }))}
        />
        <FilterSelect param="signedFrom" label={t("signedFrom")} options={yearOptions} />
        <FilterSelect param="signedTo" label={t("signedTo")} options={yearOptions} />
        <div className="flex items-end gap-4">
          <label className="flex items-center gap-2 pb-2 text-sm text-slate-800">
            <input
              type="checkbox"
              className="h-4 w-4 accent-brand-700"
              checked={searchParams.get("archived") === "1"}
              onChange={(e) => setParams({ archived: e.target.checked ? "1" : null })}
            />
            {t("archived")}
          </label>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">{t("shareHint")}</p>
        {active ? (
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              setResetKey((k) => k + 1);
              setParams(Object.fromEntries(FILTER_PARAMS.map((p) => [p, null])));
            }}
          >
            {t("clear")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
