import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCampaign } from "@/db/queries/campaigns";
import { getCampaignProgress, listOverdueLocalities } from "@/db/queries/campaigns-progress";
import { hasCapability } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { todayInChina } from "@/lib/domain/evaluation-state";
import { parseId } from "@/lib/validation/campaign";

/** A cell for CSV: quoted, quotes doubled, and formula-looking text defused for spreadsheets. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The overdue localities of a campaign as CSV (UTF-8 with BOM, for spreadsheets), within the viewer's scope. */
export async function GET(_request: Request, { params }: RouteContext<"/evaluations/campaigns/[id]/overdue">) {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401 });
  if (!hasCapability(viewer, "evaluations.review")) return new Response(null, { status: 403 });
  const id = parseId((await params).id);
  const db = getDb();
  const campaign = id === null ? undefined : getCampaign(db, id);
  if (!campaign) return new Response(null, { status: 404 });
  const t = await getTranslations("evaluations.progress.csv");
  const rows = listOverdueLocalities(getCampaignProgress(db, viewer, campaign, todayInChina()));
  const lines = [
    [t("province"), t("locality"), t("romanised"), t("outstanding"), t("total")].map(cell).join(","),
    ...rows.map((r) => [r.provinceZh, r.localityName, r.localityRomanised, r.overdue, r.counts.total].map(cell).join(",")),
  ];
  return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="overdue-${campaign.year}-${campaign.id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
