import type { ChartSpec } from "@/components/charts/chart-types";
import { compareSpecs } from "@/lib/domain/chart-compare";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { partnershipName } from "@/lib/domain/locality-name";
import { annualTranslator, type AnnualLanguage } from "@/lib/i18n/annual-report";
import type { PairNames } from "@/db/queries/annual-report";
import { LIST_LIMIT, type AnnualFigures, type YearTables } from "./figures";
import type { AnnualFacts, AnnualInput, AnnualList } from "./sections";

/** A counted value of a table's totals row. */
const footerValue = (spec: ChartSpec | undefined, key: string) => spec?.footer?.values[key] ?? 0;

/** The status table of a year, beside the latest earlier year's with the change (counts, and shares in points). */
function statusCompared(current: ChartSpec, thisYear: number, previous: YearTables, lang: AnnualLanguage): ChartSpec {
  const t = annualTranslator(lang);
  const before = previous.tables.find((s) => s.id === current.id);
  if (!before) return current;
  const year = (y: number) => t("annualReport.doc.columns.from", { year: String(y) });
  const compared = compareSpecs(current, before, {
    current: year(thisYear),
    other: year(previous.year),
    change: t("evaluationTables.change"),
    changePoints: t("evaluationTables.changePoints"),
  });
  const note = t("evaluationTables.compareNote", { other: year(previous.year), n: previous.answered });
  return { ...compared, description: `${current.description ?? ""} ${note}`.trim() };
}

/**
 * The annual report's tables and lists from its figures: the tables are the reports page's and the results
 * page's own (same ids, titles and counts); the year's status sits beside the latest earlier year's.
 */
export function annualInput(f: AnnualFigures, lang: AnnualLanguage, scopeName: string): AnnualInput {
  const t = annualTranslator(lang);
  const zh = lang === "zh-CN";
  const col = (key: string, values?: Record<string, string | number>) => t(`annualReport.doc.columns.${key}`, values);
  const chartTitle = (key: string) => t(`annualReport.doc.charts.${key}`);
  const year = f.year;
  const registryNote = t("annualReport.doc.notes.registry", { year: String(year), undated: f.registry.stats.undated });
  const registry = f.registry.tables.map((spec) => ({ ...spec, description: `${registryNote} ${spec.description ?? ""}`.trim() }));
  const evaluation = f.answers.tables.map((spec) =>
    spec.id === "status" && f.previous ? statusCompared(spec, year, f.previous, lang) : spec,
  );
  const charts = [...registry, ...evaluation, f.activities, f.delegations];

  // Lists.
  const pair = (r: Parameters<typeof pairName>[0]) => pairName(r, lang);
  const statusLabel = (s: string) => t(`enums.partnershipStatus.${s}`);
  const previousYear = f.changes.previous;
  const oursName = (d: { oursLocal: string; oursRomanised: string }) => (zh ? d.oursLocal : d.oursRomanised);
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
      rows: f.largest.map((d) => [
        `${oursName(d)} · ${d.leaderName}${d.leaderTitle ? ` (${d.leaderTitle})` : ""}`,
        d.startDate,
        t(`enums.delegationDirection.${d.direction}`),
        String(d.members),
      ]),
    },
  ];

  // Facts the sentences need besides the tables' rows.
  const stats = f.registry.stats;
  const byCountry = registry.find((s) => s.id === "by-country");
  const fresh = stats.newByYearCountry.filter((r) => r.year === year).reduce((s, r) => s + r.count, 0);
  const incoming = footerValue(f.delegations, "incoming");
  const outgoing = footerValue(f.delegations, "outgoing");
  const rank = (s: string) => PARTNERSHIP_STATUSES.indexOf(s as never);
  const topCountry = stats.byCountry[0];
  const topProvince = stats.byProvince[0];
  const largest = f.largest[0];
  const previousStatus = f.previous?.tables.find((s) => s.id === "status");
  const facts: AnnualFacts = {
    overview: {
      year,
      scope: scopeName,
      total: stats.total,
      countries: stats.byCountry.length,
      fresh,
      answers: f.answers.answered,
      activities: footerValue(f.activities, String(year)),
      delegations: incoming + outgoing,
      incoming,
      outgoing,
    },
    growth: {
      year,
      total: stats.total,
      fresh,
      top: topCountry
        ? { country: zh ? topCountry.nameZh : topCountry.nameEn, count: topCountry.count, share: byCountry?.shares?.[0] ?? 0 }
        : null,
    },
    answers: f.answers.answered,
    previous:
      f.previous && previousStatus
        ? {
            year: f.previous.year,
            statusShares: Object.fromEntries(previousStatus.rows.map((r) => [r.key, r.values.percent ?? 0])),
          }
        : null,
    topProvince: topProvince ? { name: zh ? topProvince.nameZh : topProvince.nameEn, count: topProvince.count } : null,
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
          ? { ours: oursName(largest), leader: largest.leaderName, direction: largest.direction, members: largest.members }
          : null,
    },
  };
  return { charts, lists, facts };
}

function pairName(r: Omit<PairNames, "id">, lang: AnnualLanguage): string {
  return partnershipName(
    // Our side is Chinese: its own name is its Chinese name.
    { nameLocal: r.oursLocal, nameRomanised: r.oursRomanised, nameZh: r.oursZh ?? r.oursLocal },
    { nameLocal: r.partnerLocal, nameRomanised: r.partnerRomanised, nameZh: r.partnerZh },
    lang,
  );
}
