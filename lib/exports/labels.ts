import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Labels } from "./columns/labels";

/** Column headers (reports.columns.*) and enum labels in the user's language. */
export async function exportLabels(): Promise<
  Labels & { t: (key: string, values?: Record<string, string | number>) => string; locale: string }
> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return {
    t: tr,
    locale,
    zh: locale === "zh-CN",
    header: (key) => tr(`reports.columns.${key}`),
    enumLabel: (group, value) => (value ? tr(`enums.${group}.${value}`) : ""),
  };
}
