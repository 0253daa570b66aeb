import type { ChartRow, ChartSpec } from "@/components/charts/chart-types";
import { PALETTE, STATUS_COLORS } from "@/components/charts/chart-types";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_TRENDS,
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  POLITICAL_EFFECTS,
  REGIONS,
} from "@/lib/domain/enums";
import { partnershipName } from "@/lib/domain/locality-name";
import { largestRemainderPercentages } from "@/lib/domain/percentages";
import { annualTranslator, type AnnualLanguage } from "@/lib/i18n/annual-report";
import type { Tally } from "@/db/queries/annual-report";
import { LIST_LIMIT, type AnnualFigures } from "./figures";
import type { AnnualFacts, AnnualInput, AnnualList } from "./sections";

/**
 * The one place the annual report turns its figures into tables (ChartSpecs) and lists.
 * When the evaluation and registry table builders of issue 14 land, return their specs
 * here under the same ids (sections.ts, ANNUAL_CHARTS) and drop the conversions below.
 */
export function annualInput(f: AnnualFigures, lang: AnnualLanguage, scopeName: string): AnnualInput {
  const t = annualTranslator(lang);
  const zh = lang === "zh-CN";
  const col = (key: string, values?: Record<string, string | number>) => t(`annualReport.doc.columns.${key}`, values);
  const chartTitle = (key: string, values?: Record<string, string | number>) => t(`annualReport.doc.charts.${key}`, values);
  const year = f.year;
  const answersNote = t("annualReport.doc.notes.status", { year: String(year), answers: f.answers.answers });
  const registryNote = t("annualReport.doc.notes.registry", { year: String(year) });
  const countryName = (c: { nameEn: string; nameZh: string }) => (zh ? c.nameZh : c.nameEn);

  /** A single-choice question: a row for every answer, "none"/"not answered" included, shares summing to 100.0. */
  const single = (id: string, key: string, group: string, keys: readonly string[], tally: Tally, blank: string): ChartSpec => {
    const rows = keys.map((k) => ({ key: k, label: t(`enums.${group}.${k}`), count: tally[k] ?? 0 }));
    if (tally[""]) rows.push({ key: "", label: col(blank), count: tally[""] });
    return {
      id,
      title: chartTitle(key),
      description: answersNote,
      kind: "horizontal",
      categoryLabel: col("answer"),
      series: [{ key: "count", label: col("answers"), color: PALETTE[0]! }],
      rows: rows.map((r) => ({ key: r.key, label: r.label, values: { count: r.count } })),
      shares: largestRemainderPercentages(rows.map((r) => r.count)),
      shareLabel: col("share"),
      footer: { label: col("total"), values: { count: f.answers.answers }, share: f.answers.answers ? 100 : 0 },
    };
  };

  // Status, with the latest earlier year that has answers beside it.
  const status = single("annual-status", "status", "partnershipStatus", PARTNERSHIP_STATUSES, f.answers.status, "notAnswered");
  const previousShares: Record<string, number> = {};
  if (f.previous) {
    const before = PARTNERSHIP_STATUSES.map((k) => f.previous!.answers.status[k] ?? 0);
    largestRemainderPercentages([...before, f.previous.answers.status[""] ?? 0]).forEach((s, i) => {
      previousShares[i < PARTNERSHIP_STATUSES.length ? PARTNERSHIP_STATUSES[i]! : ""] = s;
    });
    status.title = chartTitle("statusCompare", { year: String(f.previous.year) });
    // The two years' shares side by side, then the change: this year's shares become a column of their own.
    const shares = status.shares ?? [];
    delete status.shares;
    delete status.shareLabel;
    if (status.footer) status.footer = { label: status.footer.label, values: { ...status.footer.values, share: status.footer.share ?? 0 } };
    const shareOf = (y: number) => `${col("from", { year: String(y) })} ${col("share")}`;
    status.series.push(
      { key: "share", label: shareOf(year), color: PALETTE[0]!, format: "percent" },
      { key: "previous", label: shareOf(f.previous.year), color: PALETTE[1]!, format: "percent" },
      { key: "change", label: col("change"), color: PALETTE[2]!, format: "percent", signed: true },
    );
    status.rows.forEach((r, i) => {
      const prev = previousShares[r.key] ?? 0;
      r.values.share = shares[i] ?? 0;
      r.values.previous = prev;
      r.values.change = Math.round(((shares[i] ?? 0) - prev) * 10) / 10;
    });
    status.rows.forEach((r) => (r.color = STATUS_COLORS[r.key]));
  }

  // Purposes: the share of respondents who chose each (a multiple choice), as the report prints it.
  const answered = f.answers.answers;
  const purposes: ChartSpec = {
    id: "annual-purposes",
    title: chartTitle("purposes"),
    description: `${answersNote} ${t("annualReport.doc.notes.purposes")}`,
    kind: "horizontal",
    categoryLabel: col("answer"),
    series: [
      { key: "count", label: col("answers"), color: PALETTE[0]! },
      { key: "share", label: col("respondentShare"), color: PALETTE[1]!, format: "percent" },
    ],
    rows: PARTNERSHIP_PURPOSES.map((k) => {
      const n = f.answers.purposes[k] ?? 0;
      return { key: k, label: t(`enums.purpose.${k}`), values: { count: n, share: answered ? Math.round((n * 1000) / answered) / 10 : 0 } };
    }),
    footer: { label: col("total"), values: { count: answered } },
  };

  // The registry.
  const reg = f.registry;
  const cumulative: ChartSpec = {
    id: "annual-cumulative",
    title: chartTitle("cumulative"),
    description: registryNote,
    kind: "line",
    categoryLabel: col("year"),
    series: [{ key: "count", label: col("count"), color: PALETTE[0]! }],
    rows: reg.cumulative.map((r) => ({ key: String(r.year), label: String(r.year), values: { count: r.count } })),
  };
  const top = reg.byCountry.slice(0, 5);
  const topCodes = new Set(top.map((c) => c.code));
  const other = col("other");
  const newRows: ChartRow[] = [];
  for (let y = year - 9; y <= year; y++) {
    const ofYear = reg.newByYearCountry.filter((r) => r.year === y);
    const values: Record<string, number> = Object.fromEntries(top.map((c) => [c.code, 0]));
    values.other = 0;
    for (const r of ofYear)
      values[topCodes.has(r.code) ? r.code : "other"] = (values[topCodes.has(r.code) ? r.code : "other"] ?? 0) + r.count;
    newRows.push({ key: String(y), label: String(y), values });
  }
  const fresh: ChartSpec = {
    id: "annual-new",
    title: chartTitle("newPerYear"),
    description: registryNote,
    kind: "stacked",
    categoryLabel: col("year"),
    series: [
      ...top.map((c, i) => ({ key: c.code, label: countryName(c), color: PALETTE[i % PALETTE.length]! })),
      { key: "other", label: other, color: PALETTE[7]! },
    ],
    rows: newRows,
    totalLabel: col("total"),
  };
  const countryRows = reg.byCountry.slice(0, 15);
  const restCount = reg.byCountry.slice(15).reduce((s, c) => s + c.count, 0);
  const countryCounts = [...countryRows.map((c) => c.count), ...(restCount ? [restCount] : [])];
  const byCountry: ChartSpec = {
    id: "annual-country",
    title: chartTitle("byCountry"),
    description: registryNote,
    kind: "horizontal",
    categoryLabel: col("country"),
    series: [{ key: "count", label: col("count"), color: PALETTE[0]! }],
    rows: [
      ...countryRows.map((c) => ({ key: c.code, label: countryName(c), values: { count: c.count } })),
      ...(restCount ? [{ key: "other", label: other, values: { count: restCount } }] : []),
    ],
    shares: largestRemainderPercentages(countryCounts),
    shareLabel: col("share"),
    footer: { label: col("total"), values: { count: reg.total }, share: reg.total ? 100 : 0 },
  };
  const regionCounts = REGIONS.map((r) => reg.byRegion.find((x) => x.region === r)?.count ?? 0);
  const regions: ChartSpec = {
    id: "annual-regions",
    title: chartTitle("regions"),
    description: registryNote,
    kind: "horizontal",
    categoryLabel: col("region"),
    series: [{ key: "count", label: col("count"), color: PALETTE[0]! }],
    rows: REGIONS.map((r, i) => ({ key: r, label: t(`enums.region.${r}`), values: { count: regionCounts[i] ?? 0 } })),
    shares: largestRemainderPercentages(regionCounts),
    shareLabel: col("share"),
  };
  const provinces: ChartSpec = {
    id: "annual-provinces",
    title: chartTitle("provinces"),
    description: registryNote,
    kind: "horizontal",
    categoryLabel: col("province"),
    series: [{ key: "count", label: col("count"), color: PALETTE[0]! }],
    rows: reg.byProvince.map((p) => ({ key: p.code, label: countryName(p), values: { count: p.count } })),
    shares: largestRemainderPercentages(reg.byProvince.map((p) => p.count)),
    shareLabel: col("share"),
  };

  // The log: activities per year of the five years.
  const ex = f.exchanges;
  const exchanges: ChartSpec = {
    id: "annual-exchanges",
    title: chartTitle("exchanges"),
    kind: "bar",
    categoryLabel: col("year"),
    series: [{ key: "count", label: col("activities"), color: PALETTE[0]! }],
    rows: [0, 1, 2, 3, 4].map((i) => {
      const y = year - 4 + i;
      return {
        key: String(y),
        label: String(y),
        values: { count: ex.activities.filter((a) => a.year === y).reduce((s, a) => s + a.count, 0) },
      };
    }),
  };

  const charts = [
    cumulative,
    fresh,
    byCountry,
    status,
    single("annual-trend", "trend", "activityTrend", ACTIVITY_TRENDS, f.answers.trend, "notAnswered"),
    exchanges,
    purposes,
    single("annual-activities", "activities", "activityCategory", ACTIVITY_CATEGORIES, f.answers.topCategory, "none"),
    single("annual-tension", "tension", "politicalEffect", POLITICAL_EFFECTS, f.answers.politicalEffect, "notAnswered"),
    regions,
    provinces,
  ];

  // Lists.
  const pair = (r: Parameters<typeof pairName>[0]) => pairName(r, lang);
  const statusLabel = (s: string) => t(`enums.partnershipStatus.${s}`);
  const previousYear = f.changes.previous;
  const lists: AnnualList[] = [
    {
      id: "annual-changed",
      title: chartTitle("changed"),
      note:
        previousYear === null
          ? undefined
          : t("annualReport.doc.notes.changed", { year: String(year), previous: String(previousYear), limit: LIST_LIMIT.changes }),
      columns: [col("partnership"), col("from", { year: String(previousYear ?? year - 1) }), col("to", { year: String(year) })],
      rows: f.changes.rows.map((r) => [pair(r), statusLabel(r.before), statusLabel(r.after)]),
    },
    {
      id: "annual-anniversaries",
      title: chartTitle("anniversaries"),
      note: t("annualReport.doc.notes.anniversaries", { year: String(year), limit: LIST_LIMIT.anniversaries }),
      columns: [col("partnership"), col("signed"), col("years")],
      rows: f.anniversaries.rows.map((r) => [pair(r), r.signedOn, String(r.years)]),
    },
    {
      id: "annual-delegations",
      title: chartTitle("delegations"),
      note: t("annualReport.doc.notes.delegations", { year: String(year), limit: LIST_LIMIT.delegations }),
      columns: [col("delegation"), col("date"), col("direction"), col("members")],
      rows: f.delegations.map((d) => [
        `${zh ? d.oursLocal : d.oursRomanised} · ${d.leaderName}${d.leaderTitle ? ` (${d.leaderTitle})` : ""}`,
        d.startDate,
        t(`enums.delegationDirection.${d.direction}`),
        String(d.members),
      ]),
    },
  ];

  // Facts the sentences need besides the tables.
  const ofYear = <T extends { year: number }>(rows: T[]) => rows.filter((r) => r.year === year);
  const newThisYear = ofYear(reg.newByYearCountry).reduce((s, r) => s + r.count, 0);
  const delegationsOfYear = ofYear(ex.delegations);
  const rank = (s: string) => PARTNERSHIP_STATUSES.indexOf(s as never);
  const topCountry = reg.byCountry[0];
  const topProvince = reg.byProvince[0];
  const largest = f.delegations[0];
  const facts: AnnualFacts = {
    overview: {
      year,
      scope: scopeName,
      total: reg.total,
      countries: reg.byCountry.length,
      fresh: newThisYear,
      answers: answered,
      activities: ofYear(ex.activities).reduce((s, r) => s + r.count, 0),
      delegations: delegationsOfYear.reduce((s, r) => s + r.count, 0),
      incoming: delegationsOfYear.filter((d) => d.direction === "incoming").reduce((s, r) => s + r.count, 0),
      outgoing: delegationsOfYear.filter((d) => d.direction === "outgoing").reduce((s, r) => s + r.count, 0),
    },
    growth: {
      year,
      total: reg.total,
      fresh: newThisYear,
      top: topCountry ? { country: countryName(topCountry), count: topCountry.count, share: byCountry.shares?.[0] ?? 0 } : null,
    },
    answers: answered,
    previous: f.previous && { year: f.previous.year, statusShares: previousShares },
    topProvince: topProvince ? { name: countryName(topProvince), count: topProvince.count } : null,
    changed: {
      year,
      previous: previousYear,
      count: f.changes.pairs.reduce((s, p) => s + p.n, 0),
      up: f.changes.pairs.filter((p) => rank(p.after) < rank(p.before)).reduce((s, p) => s + p.n, 0),
      down: f.changes.pairs.filter((p) => rank(p.after) > rank(p.before)).reduce((s, p) => s + p.n, 0),
    },
    notable: {
      year,
      anniversaries: f.anniversaries.count,
      largest:
        largest && largest.members > 0
          ? { name: `${zh ? largest.oursLocal : largest.oursRomanised} · ${largest.leaderName}`, members: largest.members }
          : null,
    },
  };
  return { charts, lists, facts };
}

function pairName(
  r: {
    oursLocal: string;
    oursRomanised: string;
    oursZh: string | null;
    partnerLocal: string;
    partnerRomanised: string;
    partnerZh: string | null;
  },
  lang: AnnualLanguage,
): string {
  return partnershipName(
    // Our side is Chinese: its own name is its Chinese name.
    { nameLocal: r.oursLocal, nameRomanised: r.oursRomanised, nameZh: r.oursZh ?? r.oursLocal },
    { nameLocal: r.partnerLocal, nameRomanised: r.partnerRomanised, nameZh: r.partnerZh },
    lang,
  );
}
