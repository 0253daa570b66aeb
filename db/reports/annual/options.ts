import "server-only";
import type { DbOrTx } from "@/db/connection";
import { getReportLocalities, getStatFilterOptions } from "@/db/queries/statistics-options";
import { canHaveAnnualReport, statisticsScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { REGIONS } from "@/lib/domain/enums";
import { localityName } from "@/lib/domain/locality-name";
import { ANNUAL_SCOPES } from "@/lib/validation/annual-report";

/**
 * What the annual report's form offers this viewer: the scopes, provinces and localities
 * their own scope contains (the file's route checks the choice again), and the years.
 */
export function annualReportChoices(db: DbOrTx, viewer: Viewer, locale: string, label: (key: string) => string) {
  const zh = locale === "zh-CN";
  const own = statisticsScope(viewer);
  const stat = getStatFilterOptions(db);
  const provinces = stat.provinces
    .filter((p) => canHaveAnnualReport(viewer, { kind: "province", provinceCode: p.code }))
    .map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn }));
  // In the displayed name's order (Gansu before Guangdong in English).
  const collator = new Intl.Collator(zh ? "zh-CN" : "en");
  const localities = getReportLocalities(db, own.kind === "province" ? own.provinceCode : null)
    .filter((x) => canHaveAnnualReport(viewer, { kind: "locality", localityId: x.id, provinceCode: x.provinceCode }))
    .map((x) => ({ value: String(x.id), label: localityName({ ...x, nameZh: x.nameZh ?? x.nameLocal }, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  provinces.sort((a, b) => collator.compare(a.label, b.label));
  const scopes = ANNUAL_SCOPES.filter((kind) =>
    kind === "nation" || kind === "region"
      ? canHaveAnnualReport(viewer, { kind })
      : kind === "province"
        ? provinces.length > 0
        : localities.length > 0,
  ).map((kind) => ({ value: kind, label: label(`annualReport.form.scopes.${kind}`) }));
  const years: number[] = [];
  for (let y = stat.years.max; y >= stat.years.min; y--) years.push(y);
  return {
    scopes,
    regions: REGIONS.map((r) => ({ value: r, label: label(`enums.region.${r}`) })),
    provinces,
    localities,
    years,
  };
}
