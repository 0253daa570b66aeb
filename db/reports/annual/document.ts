import "server-only";
import type { DbOrTx } from "@/db/connection";
import { provinceOfLocality, reportScopeName } from "@/db/queries/statistics-report";
import { canHaveAnnualReport } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/clock";
import { annualTranslator, type AnnualLanguage } from "@/lib/i18n/annual-report";
import type { AnnualReportParams } from "@/lib/validation/annual-report";
import { annualInput } from "./charts";
import { annualFigures } from "./figures";
import type { AnnualScope } from "./scope";
import { annualSections, type AnnualSection } from "./sections";

/** The annual report, ready to be written as PDF or DOCX (or previewed on the page). */
export type AnnualDocument = {
  lang: AnnualLanguage;
  year: number;
  title: string;
  subtitle: string;
  scopeLine: string;
  yearLine: string;
  generated: string;
  pageLabel: (page: number, pages: number) => string;
  sections: AnnualSection[];
};

export type AnnualRequest =
  | { ok: true; viewer: Viewer; scope: AnnualScope; scopeName: string; year: number; lang: AnnualLanguage }
  | { ok: false; status: 403 | 404; key: "scopeRefused" | "scopeNotFound" };

/** The scope asked for, named in the report's language, if it exists and the viewer may have its report. */
export function resolveAnnualRequest(db: DbOrTx, viewer: Viewer, params: AnnualReportParams): AnnualRequest {
  const t = annualTranslator(params.lang);
  const zh = params.lang === "zh-CN";
  let scope: AnnualScope;
  let name: string | null;
  if (params.scope === "region" && params.region) {
    scope = { kind: "region", region: params.region };
    name = t("annualReport.doc.regionScope", { region: t(`enums.region.${params.region}`) });
  } else if (params.scope === "province" && params.province) {
    scope = { kind: "province", provinceCode: params.province };
    name = reportScopeName(db, scope, zh);
  } else if (params.scope === "locality" && params.locality) {
    scope = { kind: "locality", localityId: params.locality };
    name = provinceOfLocality(db, params.locality) === null ? null : reportScopeName(db, scope, zh);
  } else {
    scope = { kind: "nation" };
    name = t("annualReport.doc.nation");
  }
  const checked = scope.kind === "locality" ? { ...scope, provinceCode: provinceOfLocality(db, scope.localityId) } : scope;
  if (!canHaveAnnualReport(viewer, checked)) return { ok: false, status: 403, key: "scopeRefused" };
  if (name === null) return { ok: false, status: 404, key: "scopeNotFound" };
  return { ok: true, viewer, scope, scopeName: name, year: params.year, lang: params.lang };
}

/** The report of a resolved request: figures read once, turned into tables, sentences written. */
export function annualDocument(db: DbOrTx, req: Extract<AnnualRequest, { ok: true }>): AnnualDocument {
  const t = annualTranslator(req.lang);
  const year = String(req.year);
  const input = annualInput(annualFigures(db, req.viewer, req.scope, req.year, req.lang), req.lang, req.scopeName);
  return {
    lang: req.lang,
    year: req.year,
    title: t("annualReport.doc.title", { scope: req.scopeName, year }),
    subtitle: t("annualReport.doc.subtitle"),
    scopeLine: t("annualReport.doc.scopeLine", { scope: req.scopeName }),
    yearLine: t("annualReport.doc.yearLine", { year }),
    generated: t("annualReport.doc.generated", { date: today() }),
    pageLabel: (page, pages) => t("annualReport.doc.pageOf", { page, pages }),
    sections: annualSections(input, req.lang),
  };
}
