import { createTranslator } from "next-intl";
import enAnnual from "@/messages/en/annualReport.json";
import enEnums from "@/messages/en/enums.json";
import zhAnnual from "@/messages/zh-CN/annualReport.json";
import zhEnums from "@/messages/zh-CN/enums.json";

/** The languages an annual report is written in, whatever the interface's language. */
export const ANNUAL_LANGUAGES = ["zh-CN", "en"] as const;
export type AnnualLanguage = (typeof ANNUAL_LANGUAGES)[number];

const MESSAGES = {
  "zh-CN": { annualReport: zhAnnual, enums: zhEnums },
  en: { annualReport: enAnnual, enums: enEnums },
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
