"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, type FilterOption } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { ROLES } from "@/lib/domain/enums";

/** Search and filters of the user list, all held in the URL. */
export function UserFilters({ provinces }: { provinces: FilterOption[] | null }) {
  const t = useTranslations("admin.users");
  const te = useTranslations("enums");
  return (
    <div role="search" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <SearchInput label={t("searchLabel")} />
      <FilterSelect param="role" label={t("filterRole")} options={ROLES.map((r) => ({ value: r, label: te(`role.${r}`) }))} />
      {provinces ? <FilterSelect param="province" label={t("filterProvince")} options={provinces} /> : null}
      <FilterSelect
        param="active"
        label={t("filterStatus")}
        options={[
          { value: "1", label: t("statusActive") },
          { value: "0", label: t("statusInactive") },
        ]}
      />
    </div>
  );
}
