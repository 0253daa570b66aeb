import type { ChartSpec } from "@/components/charts/chart-types";
import {
  changedSentences,
  choiceSentences,
  growthSentences,
  notableSentences,
  overviewSentences,
  regionSentences,
  statusSentences,
  type ChangedFigures,
  type CitedRow,
  type GrowthFigures,
  type NotableFigures,
  type OverviewFigures,
} from "@/lib/domain/annual-sentences";
import { annualTranslator, type AnnualLanguage } from "@/lib/i18n/annual-report";

/**
 * The annual report as a document: its sections in the order of the 2018 report's survey
 * chapter, each a heading, generated sentences, tables-with-charts (ChartSpecs) and lists.
 *
 * The tables come in as ChartSpecs under the ids of ANNUAL_CHARTS: the reports page's registry and
 * exchange tables and the results page's evaluation tables (./figures.ts calls the same builders), the
 * numbers the sentences need besides the tables as AnnualFacts. The sentences cite the tables' own rows
 * and shares, so they always agree.
 */
export const ANNUAL_SECTIONS = [
  "overview",
  "growth",
  "status",
  "trend",
  "purposes",
  "activities",
  "tension",
  "regions",
  "changed",
  "notable",
] as const;
export type AnnualSectionKey = (typeof ANNUAL_SECTIONS)[number];

/** The chart ids each section shows, in order. */
export const ANNUAL_CHARTS: Record<AnnualSectionKey, string[]> = {
  overview: [],
  growth: ["cumulative", "new-per-year", "by-country"],
  status: ["status", "country", "side"],
  trend: ["trend", "activities-by-category"],
  purposes: ["purposes"],
  activities: ["category"],
  tension: ["effect"],
  regions: ["by-region", "by-province"],
  changed: [],
  notable: ["delegations-by-rank"],
};

/** A list of records (not counts): the partnerships that changed status, anniversaries, delegations. */
export type AnnualList = { id: string; title: string; note?: string; columns: string[]; rows: string[][] };

const ANNUAL_LISTS: Partial<Record<AnnualSectionKey, string[]>> = {
  changed: ["annual-changed"],
  notable: ["annual-anniversaries", "annual-delegations"],
};

export type AnnualSection = { key: AnnualSectionKey; heading: string; sentences: string[]; charts: ChartSpec[]; lists: AnnualList[] };

/** The numbers the sentences state that are not rows of a table. */
export type AnnualFacts = {
  overview: OverviewFigures;
  growth: GrowthFigures;
  answers: number;
  /** The latest earlier year with answers, and its status shares by status key. */
  previous: { year: number; statusShares: Record<string, number> } | null;
  topProvince: { name: string; count: number } | null;
  changed: ChangedFigures;
  notable: NotableFigures;
};

export type AnnualInput = { charts: ChartSpec[]; lists: AnnualList[]; facts: AnnualFacts };

/** A table's rows as sentences cite them: first counted series, and its shares (or the percent series beside it). */
export function citedRows(spec: ChartSpec | undefined): CitedRow[] {
  if (!spec) return [];
  const counted = spec.series.find((s) => s.format !== "percent");
  const percent = spec.series.find((s) => s.format === "percent");
  return spec.rows.map((r, i) => ({
    key: r.key,
    label: r.label,
    count: counted ? (r.values[counted.key] ?? 0) : 0,
    share: spec.shares?.[i] ?? (percent ? (r.values[percent.key] ?? 0) : 0),
  }));
}

export function annualSections(input: AnnualInput, lang: AnnualLanguage): AnnualSection[] {
  const t = annualTranslator(lang);
  const byId = new Map(input.charts.map((c) => [c.id, c]));
  const lists = new Map(input.lists.map((l) => [l.id, l]));
  const f = input.facts;
  const year = f.overview.year;
  // A multiple choice's shares are of those who answered it (its totals row), as the report prints them.
  const choice = (id: string, multiple = false) =>
    choiceSentences(lang, {
      year,
      answers: multiple ? (byId.get(id)?.footer?.values.count ?? 0) : f.answers,
      rows: citedRows(byId.get(id)),
      multiple,
    });
  const sentences: Record<AnnualSectionKey, () => string[]> = {
    overview: () => overviewSentences(lang, f.overview),
    growth: () => growthSentences(lang, f.growth),
    status: () =>
      statusSentences(lang, {
        year,
        answers: f.answers,
        rows: citedRows(byId.get("status")),
        previous: f.previous && { year: f.previous.year, shares: f.previous.statusShares },
      }),
    trend: () => choice("trend"),
    purposes: () => choice("purposes", true),
    activities: () => choice("category"),
    tension: () => choice("effect"),
    regions: () => regionSentences(lang, { rows: citedRows(byId.get("by-region")), topProvince: f.topProvince }),
    changed: () => changedSentences(lang, f.changed),
    notable: () => notableSentences(lang, f.notable),
  };
  return ANNUAL_SECTIONS.map((key) => ({
    key,
    heading: t(`annualReport.doc.sections.${key}`),
    sentences: sentences[key](),
    charts: ANNUAL_CHARTS[key].flatMap((id) => byId.get(id) ?? []),
    lists: (ANNUAL_LISTS[key] ?? []).flatMap((id) => lists.get(id) ?? []),
  }));
}
