import "server-only";
import { PALETTE, STATUS_COLORS, type ChartRow, type ChartSeries, type ChartSpec } from "@/components/charts/chart-types";
import type { DbOrTx } from "@/db/connection";
import { getCampaign } from "@/db/queries/campaigns";
import { getCampaignResults, type CampaignResults } from "@/db/queries/evaluations-results";
import { provinceOfLocality } from "@/db/queries/statistics-report";
import { canSeeResultsScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { compareSpecs } from "@/lib/domain/chart-compare";
import { evaluationsHref } from "@/lib/domain/evaluation-links";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { NONE_HAPPENED, topCountries, UNANSWERED, type ChoiceTable, type TableRow } from "@/lib/domain/evaluation-tables";
import type { Labels } from "@/lib/exports/columns/labels";
import type { AnswerFilters, ResultsScopeFilters } from "@/lib/validation/evaluation-answers";

/** What the tables' texts need: translations (full keys), enum labels and the language (lib/exports/labels.ts gives them). */
export type TableLabels = Pick<Labels, "enumLabel" | "zh"> & { t: (key: string, values?: Record<string, string | number>) => string };

export type EvaluationTablesRequest = { campaignId: number; filters: ResultsScopeFilters; compareCampaignId?: number };

/** The tables of one campaign (or two, side by side): how many approved answers each counts, and every table as a ChartSpec. */
export type EvaluationTables = {
  campaign: { id: number; title: string; year: number };
  answered: number;
  compare?: { campaign: { id: number; title: string; year: number }; answered: number };
  tables: ChartSpec[];
};

const tr = (l: TableLabels, key: string, values?: Record<string, string | number>) => l.t(`evaluationTables.${key}`, values);

/** The label of an answer key of a question (enum group), "not answered" and "none happened" included. */
function answerLabel(l: TableLabels, group: string, key: string): string {
  if (key === UNANSWERED) return tr(l, "unanswered");
  if (key === NONE_HAPPENED) return tr(l, "noneHappened");
  return l.enumLabel(group, key);
}

const countSeries = (l: TableLabels, key = "count", label = tr(l, "count"), color = PALETTE[0] ?? "#0072B2"): ChartSeries => ({
  key,
  label,
  color,
});
const percentSeries = (l: TableLabels, key = "percent", label = tr(l, "share")): ChartSeries => ({
  key,
  label,
  color: "#475569",
  format: "percent",
});

type TableArgs = { id: string; group: string; filter: keyof AnswerFilters; table: ChoiceTable; title: string; note: string };

/** A single-choice question: a row per answer ("not answered", "none" included), its count and share; the total row = the answers. */
function choiceSpec(campaignId: number, filters: ResultsScopeFilters, l: TableLabels, a: TableArgs): ChartSpec {
  const rows = a.table.rows.map((r: TableRow): ChartRow => {
    const href = evaluationsHref(campaignId, filters, { [a.filter]: r.key });
    return {
      key: r.key,
      label: answerLabel(l, a.group, r.key),
      values: { count: r.count, percent: r.percent },
      href,
      hrefs: { count: href },
      color: a.group === "partnershipStatus" ? STATUS_COLORS[r.key === UNANSWERED ? "none" : r.key] : undefined,
    };
  });
  return {
    id: a.id,
    title: a.title,
    description: a.note,
    kind: "horizontal",
    categoryLabel: tr(l, "answer"),
    series: [countSeries(l), percentSeries(l)],
    rows,
    footer: { label: tr(l, "total"), values: { count: a.table.total, percent: a.table.total > 0 ? 100 : 0 } },
  };
}

/** The partner countries a status-per-country table names; the rest share one row. */
const TOP_COUNTRIES = 10;

/** Status per partner country: a row per country (the ten with most answers, then the rest as one), a column per status (count, then its share of the row), the row's answers. */
function countrySpec(campaignId: number, filters: ResultsScopeFilters, l: TableLabels, r: CampaignResults): ChartSpec {
  const keys = r.status.rows.filter((s) => s.key !== UNANSWERED || s.count > 0).map((s) => s.key);
  const series: ChartSeries[] = [
    ...keys.map((k) => countSeries(l, k, answerLabel(l, "partnershipStatus", k), STATUS_COLORS[k === UNANSWERED ? "none" : k])),
    ...keys.map((k) => percentSeries(l, `${k}%`, `${tr(l, "share")} · ${answerLabel(l, "partnershipStatus", k)}`)),
    { key: "total", label: tr(l, "answers"), color: "#334155", tableOnly: true },
  ];
  const values = (table: ChoiceTable) => {
    const byKey = new Map(table.rows.map((x) => [x.key, x]));
    return {
      ...Object.fromEntries(
        keys.flatMap((k) => [
          [k, byKey.get(k)?.count ?? 0],
          [`${k}%`, byKey.get(k)?.percent ?? 0],
        ]),
      ),
      total: table.total,
    };
  };
  const byCode = new Map(r.byCountry.map((c) => [c.code, c]));
  const split = topCountries(
    PARTNERSHIP_STATUSES,
    r.byCountry.map((c) => ({ country: c.code, table: c.table })),
    TOP_COUNTRIES,
  );
  const top = split.top.flatMap((c) => byCode.get(c.country) ?? []);
  const others = split.others;
  return {
    id: "country",
    title: tr(l, "countryTitle"),
    description: tr(l, "countryNote", { n: r.answered }),
    kind: "stacked",
    categoryLabel: tr(l, "country"),
    series,
    rows: [
      ...top.map((c): ChartRow => {
        const scope = { ...filters, country: c.code };
        const href = evaluationsHref(campaignId, scope);
        return {
          key: c.code,
          label: l.zh ? c.nameZh : c.nameEn,
          values: values(c.table),
          href,
          hrefs: {
            ...Object.fromEntries(keys.map((k) => [k, evaluationsHref(campaignId, scope, { status: k as AnswerFilters["status"] })])),
            total: href,
          },
        };
      }),
      ...(others
        ? [{ key: "other", label: tr(l, "otherCountries", { n: others.countries }), values: values(others.table), color: "#64748B" }]
        : []),
    ],
    footer: { label: tr(l, "total"), values: values(r.status) },
  };
}

/** Our answers beside the partner side's, for the same pairs (those the partner side answered too). */
function sideSpec(campaignId: number, filters: ResultsScopeFilters, l: TableLabels, r: CampaignResults): ChartSpec {
  const partnerRows = new Map(r.bySide.partner.rows.map((x) => [x.key, x]));
  return {
    id: "side",
    title: tr(l, "sideTitle"),
    description: tr(l, "sideNote", { pairs: r.bySide.pairs, n: r.answered }),
    kind: "grouped",
    categoryLabel: tr(l, "answer"),
    series: [
      countSeries(l, "ours", tr(l, "ours"), PALETTE[0]),
      percentSeries(l, "ours%", `${tr(l, "share")} · ${tr(l, "ours")}`),
      countSeries(l, "partner", tr(l, "partner"), PALETTE[1]),
      percentSeries(l, "partner%", `${tr(l, "share")} · ${tr(l, "partner")}`),
    ],
    rows: r.bySide.ours.rows.map((o) => {
      const p = partnerRows.get(o.key);
      return {
        key: o.key,
        label: answerLabel(l, "partnershipStatus", o.key),
        values: { ours: o.count, "ours%": o.percent, partner: p?.count ?? 0, "partner%": p?.percent ?? 0 },
        hrefs: {
          ours: evaluationsHref(campaignId, filters, { status: o.key as AnswerFilters["status"], paired: "1" }),
          partner: evaluationsHref(campaignId, filters, { partnerStatus: o.key as AnswerFilters["partnerStatus"] }),
        },
      };
    }),
    footer: {
      label: tr(l, "pairs"),
      values: { ours: r.bySide.pairs, "ours%": r.bySide.pairs ? 100 : 0, partner: r.bySide.pairs, "partner%": r.bySide.pairs ? 100 : 0 },
    },
  };
}

/** Purposes (multiple choice), as the report prints them: the share of respondents, and the share of all choices beside it. */
function purposesSpec(campaignId: number, filters: ResultsScopeFilters, l: TableLabels, r: CampaignResults): ChartSpec {
  const p = r.purposes;
  return {
    id: "purposes",
    title: tr(l, "purposesTitle"),
    description: tr(l, "purposesNote", { respondents: p.respondents, unanswered: p.unanswered, choices: p.choices }),
    kind: "horizontal",
    categoryLabel: tr(l, "answer"),
    series: [
      countSeries(l, "count", tr(l, "respondentsChose")),
      percentSeries(l, "percent", tr(l, "respondentShare")),
      percentSeries(l, "choiceShare", tr(l, "choiceShare")),
    ],
    rows: p.rows.map((row) => {
      const href = evaluationsHref(campaignId, filters, { purpose: row.key as AnswerFilters["purpose"] });
      return {
        key: row.key,
        label: l.enumLabel("purpose", row.key),
        values: { count: row.count, percent: row.percent, choiceShare: row.choiceShare ?? 0 },
        href,
        hrefs: { count: href },
      };
    }),
    footer: { label: tr(l, "respondents"), values: { count: p.respondents, choiceShare: p.choices > 0 ? 100 : 0 } },
  };
}

/** Every table of the report for one campaign's results. */
function campaignSpecs(campaignId: number, filters: ResultsScopeFilters, l: TableLabels, r: CampaignResults): ChartSpec[] {
  const choice = (a: Omit<TableArgs, "note">) =>
    choiceSpec(campaignId, filters, l, { ...a, note: tr(l, "answersNote", { n: r.answered }) });
  return [
    choice({ id: "status", group: "partnershipStatus", filter: "status", table: r.status, title: tr(l, "statusTitle") }),
    countrySpec(campaignId, filters, l, r),
    sideSpec(campaignId, filters, l, r),
    choice({ id: "trend", group: "activityTrend", filter: "trend", table: r.trend, title: tr(l, "trendTitle") }),
    purposesSpec(campaignId, filters, l, r),
    choice({ id: "category", group: "activityCategory", filter: "category", table: r.category, title: tr(l, "categoryTitle") }),
    choice({ id: "effect", group: "politicalEffect", filter: "effect", table: r.effect, title: tr(l, "effectTitle") }),
  ];
}

/**
 * The same tables over the approved answers of several campaigns together (the annual report: every campaign
 * of a year), their numbers linking to the first campaign's answers. Counted exactly as the results page counts.
 */
export function campaignsTables(
  db: DbOrTx,
  viewer: Viewer,
  campaignIds: readonly number[],
  filters: ResultsScopeFilters,
  l: TableLabels,
): { answered: number; tables: ChartSpec[] } {
  const results = getCampaignResults(db, viewer, campaignIds, filters);
  return { answered: results.answered, tables: campaignSpecs(campaignIds[0] ?? 0, filters, l, results) };
}

/** A campaign's short name in a comparison: its year, or its title when both campaigns are of the same year. */
const shortName = (c: { year: number; title: string }, other: { year: number }) => (c.year === other.year ? c.title : String(c.year));

/**
 * THE evaluation results tables (the results page, its chart cards, the CSV/XLSX/PDF exports and the annual
 * report all take them from here): a campaign's approved answers within the viewer's own scope, narrowed by
 * the filters; with `compareCampaignId`, each table shows both campaigns side by side with the change.
 * Undefined when a campaign does not exist. The caller checks that the viewer may see the filters' scope.
 */
export function evaluationTables(db: DbOrTx, viewer: Viewer, req: EvaluationTablesRequest, l: TableLabels): EvaluationTables | undefined {
  const campaign = getCampaign(db, req.campaignId);
  if (!campaign) return undefined;
  const results = getCampaignResults(db, viewer, campaign.id, req.filters);
  const tables = campaignSpecs(campaign.id, req.filters, l, results);
  const head = { id: campaign.id, title: campaign.title, year: campaign.year };
  const other = req.compareCampaignId && req.compareCampaignId !== campaign.id ? getCampaign(db, req.compareCampaignId) : undefined;
  if (!other) return { campaign: head, answered: results.answered, tables };
  const otherResults = getCampaignResults(db, viewer, other.id, req.filters);
  const otherTables = campaignSpecs(other.id, req.filters, l, otherResults);
  const labels = {
    current: shortName(campaign, other),
    other: shortName(other, campaign),
    change: tr(l, "change"),
    changePoints: tr(l, "changePoints"),
  };
  return {
    campaign: head,
    answered: results.answered,
    compare: { campaign: { id: other.id, title: other.title, year: other.year }, answered: otherResults.answered },
    tables: tables.map((spec, i) => {
      const compared = compareSpecs(
        spec,
        otherTables[i] ?? spec,
        labels,
        spec.id === "country" ? (s) => s.format === "percent" || s.key === "total" : undefined,
      );
      return {
        ...compared,
        description: `${spec.description ?? ""} ${tr(l, "compareNote", { other: other.title, n: otherResults.answered })}`.trim(),
      };
    }),
  };
}

/** Whether the viewer may see results for the scope the filters name (lib/auth/permissions.ts: canSeeResultsScope). */
export function mayOpenResults(db: DbOrTx, viewer: Viewer, filters: ResultsScopeFilters): boolean {
  return canSeeResultsScope(viewer, filters, filters.locality ? provinceOfLocality(db, filters.locality) : null);
}
