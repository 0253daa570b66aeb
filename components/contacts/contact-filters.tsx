"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { CONTACT_SIDES } from "@/lib/domain/enums";

/** The directory's search and filters, all in the URL. Without partnership options (too many), the filter comes from a partnership's page. */
export function ContactFilters({ partnerships, countries }: { partnerships: FilterOption[] | null; countries: FilterOption[] }) {
  const t = useTranslations("contacts.filters");
  const te = useTranslations("enums");
  return (
    <section aria-label={t("title")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <SearchInput label={t("q")} placeholder={t("qPlaceholder")} className="sm:col-span-2" />
      {partnerships ? <FilterSelect param="partnership" label={t("partnership")} options={partnerships} /> : null}
      <FilterSelect param="country" label={t("country")} options={countries} />
      <FilterSelect param="side" label={t("side")} options={CONTACT_SIDES.map((s) => ({ value: s, label: te(`contactSide.${s}`) }))} />
    </section>
  );
}
