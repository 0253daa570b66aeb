import { createTranslator } from "next-intl";
import enAnnual from "@/messages/en/annualReport.json";
import enDashboard from "@/messages/en/dashboard.json";
import enEnums from "@/messages/en/enums.json";
import enTables from "@/messages/en/evaluationTables.json";
import enReports from "@/messages/en/reports.json";
import zhAnnual from "@/messages/zh-CN/annualReport.json";
import zhDashboard from "@/messages/zh-CN/dashboard.json";
import zhEnums from "@/messages/zh-CN/enums.json";
import zhTables from "@/messages/zh-CN/evaluationTables.json";
import zhReports from "@/messages/zh-CN/reports.json";
import type { Labels } from "@/lib/exports/columns/labels";

/** The languages an annual report is written in, whatever the interface's language. */
export const ANNUAL_LANGUAGES = ["zh-CN", "en"] as const;
export type AnnualLanguage = (typeof ANNUAL_LANGUAGES)[number];

/** The report's own texts, and those of the tables it shares with the reports page and the results page. */
const MESSAGES = {
  "zh-CN": { annualReport: zhAnnual, enums: zhEnums, dashboard: zhDashboard, evaluationTables: zhTables, reports: zhReports },
  en: { annualReport: enAnnual, enums: enEnums, dashboard: enDashboard, evaluationTables: enTables, reports: enReports },
} as const;

export type AnnualTranslator = (key: string, values?: Record<string, string | number>) => string;

const cache = new Map<AnnualLanguage, AnnualTranslator>();

/**
 * The report's texts (namespace annualReport) and enum labels in the report's language, which the
 * administrator picks on the page: a Chinese office may write an English report for its partners.
 */
export function annualTranslator(lang: AnnualLanguage): AnnualTranslator {
  let t = cache.get(lang);
  if (!t) {
    const translate = createTranslator({ locale: lang, messages: MESSAGES[lang] });
    t = (key, values) => translate(key as never, values as never);
    cache.set(lang, t);
  }
  return t;
}

/** What the shared table builders (registry, evaluation) need, in the report's language: as exportLabels() gives the page's. */
export function annualLabels(lang: AnnualLanguage): Labels & { t: AnnualTranslator } {
  const t = annualTranslator(lang);
  return {
    t,
    zh: lang === "zh-CN",
    header: (key) => t(`reports.columns.${key}`),
    enumLabel: (group, value) => (value ? t(`enums.${group}.${value}`) : ""),
  };
}
