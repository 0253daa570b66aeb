import type { Db } from "@/db/connection";
import { getStatFilterOptions } from "@/db/queries/statistics-options";
import { byDisplayName } from "@/lib/domain/display-order";
import { REGIONS } from "@/lib/domain/enums";

/** The options of the filter bar, labelled in the user's language. */
export function statFilterOptions(db: Db, zh: boolean, regionLabel: (r: string) => string) {
  const options = getStatFilterOptions(db);
  const years: number[] = [];
  for (let y = options.years.max; y >= options.years.min; y--) years.push(y);
  return {
    countries: byDisplayName(
      options.countries.map((c) => ({ value: c.code, label: zh ? c.nameZh : c.nameEn })),
      zh,
    ),
    provinces: byDisplayName(
      options.provinces.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn })),
      zh,
    ),
    regions: REGIONS.map((r) => ({ value: r, label: regionLabel(r) })),
    years,
  };
}
