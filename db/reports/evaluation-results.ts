import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { getCampaignResults } from "@/db/queries/evaluations-results";
import type { Viewer } from "@/lib/auth/viewer";
import type { PercentRow } from "@/lib/domain/percentages";
import type { Labels } from "@/lib/exports/columns/labels";
import type { PdfChart } from "@/lib/exports/pdf";
import type { ExportTable } from "@/lib/exports/table";

type Row = { answer: string; count: number; percent: number };
type T = Labels & { t: (k: string, v?: Record<string, string | number>) => string };

/**
 * A campaign's results tables (issue 5's queries) for the viewer's own scope,
 * the same as the results page shows them (see `getCampaignResults`).
 */
export function evaluationResultTables(
  db: Db,
  viewer: Viewer,
  campaignId: number,
  l: T,
): { title: string; tables: ExportTable<Row>[]; charts: PdfChart[] } | null {
  const campaign = db.get<{ title: string; year: number }>(
    sql`select title, year from evaluation_campaigns where id = ${campaignId} and archived_at is null`,
  );
  if (!campaign) return null;
  const results = getCampaignResults(db, viewer, campaignId, {});
  const make = (name: string, group: string, rows: PercentRow<string>[]): ExportTable<Row> => ({
    name,
    columns: [
      { key: "answer", header: l.header("item"), type: "string", width: 48, value: (r) => r.answer },
      { key: "count", header: l.header("value"), type: "number", value: (r) => r.count },
      { key: "percent", header: l.t("reports.percent"), type: "number", value: (r) => r.percent },
    ],
    rows: rows.map((r) => ({ answer: l.enumLabel(group, r.key), count: r.count, percent: r.percent })),
  });
  const tables = [
    make(l.t("reports.results.status"), "partnershipStatus", results.status),
    make(l.t("reports.results.trend"), "activityTrend", results.trend),
    make(l.t("reports.results.purposes"), "purpose", results.purposes),
    make(l.t("reports.results.topCategory"), "activityCategory", results.topCategory),
  ];
  const charts = tables.map((t) => ({ title: t.name, rows: (t.rows as Row[]).map((r) => ({ label: r.answer, value: r.count })) }));
  return { title: l.t("reports.resultsTitle", { title: campaign.title, n: results.answered }), tables, charts };
}
