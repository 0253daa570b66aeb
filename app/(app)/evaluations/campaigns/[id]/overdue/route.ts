import { getCampaign } from "@/db/queries/campaigns";
import { getCampaignProgress, listOverdueLocalities } from "@/db/queries/campaigns-progress";
import { today } from "@/lib/domain/clock";
import { csvDocument } from "@/lib/exports/csv-format";
import { defineRoute } from "@/lib/server/define-route";
import { parseId } from "@/lib/validation/campaign";

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
    const body = csvDocument([
      [csv("province"), csv("locality"), csv("romanised"), csv("outstanding"), csv("total")],
      ...rows.map((r) => [r.provinceZh, r.localityName, r.localityRomanised, r.overdue, r.counts.total]),
    ]);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="overdue-${campaign.year}-${campaign.id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
