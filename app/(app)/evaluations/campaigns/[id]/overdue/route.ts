import { getCampaign } from "@/db/queries/campaigns";
import { getCampaignProgress, listOverdueLocalities } from "@/db/queries/campaigns-progress";
import { today } from "@/lib/domain/clock";
import { defineRoute } from "@/lib/server/define-route";
import { parseId } from "@/lib/validation/campaign";

/** A cell for CSV: quoted, quotes doubled, and formula-looking text defused for spreadsheets. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The overdue localities of a campaign as CSV (UTF-8 with BOM, for spreadsheets), within the viewer's scope. */
export const GET = defineRoute({
  capability: "evaluations.review",
  rateLimit: "export",
  handler: ({ viewer, db, params, t, refuse }) => {
    const id = typeof params.id === "string" ? parseId(params.id) : null;
    const campaign = id === null ? undefined : getCampaign(db, id);
    if (!campaign) return refuse(404, "errors.notFound");
    const csv = (key: string) => t(`evaluations.progress.csv.${key}`);
    const rows = listOverdueLocalities(getCampaignProgress(db, viewer, campaign, today()));
    const lines = [
      [csv("province"), csv("locality"), csv("romanised"), csv("outstanding"), csv("total")].map(cell).join(","),
      ...rows.map((r) => [r.provinceZh, r.localityName, r.localityRomanised, r.overdue, r.counts.total].map(cell).join(",")),
    ];
    return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="overdue-${campaign.year}-${campaign.id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
