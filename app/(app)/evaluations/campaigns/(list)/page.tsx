import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listCampaigns } from "@/db/queries/campaigns";
import { can } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { TableHead } from "@/components/ui/table-head";
import { isoToDate } from "@/components/exchanges/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaigns");
  return { title: t("title") };
}

export default async function CampaignsPage() {
  const viewer = await requireCapability("evaluations.review");
  const [t, tn, te, format] = await Promise.all([
    getTranslations("evaluations.campaigns"),
    getTranslations("evaluations"),
    getTranslations("enums.campaignState"),
    getFormatter(),
  ]);
  const campaigns = listCampaigns(getDb(), viewer);
  const date = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium" });
  return (
    <>
      <PageHeader
        title={tn("title")}
        description={t("description")}
        actions={
          can(viewer, "campaigns.manage") ? (
            <Link href="/evaluations/campaigns/new" className="btn-primary">
              {t("new")}
            </Link>
          ) : null
        }
      />
      <EvaluationsNav viewer={viewer} current="campaigns" />
      <h2 className="sr-only">{t("title")}</h2>
      <div className="card overflow-x-auto">
        <table className="table-base">
          <TableHead caption={t("caption")} columns={[t("year"), t("titleColumn"), t("dates"), t("state"), t("progress"), t("results")]} />
          <tbody>
            {campaigns.map(({ campaign: c, counts }) => (
              <tr key={c.id}>
                <td className="tabular-nums">{c.year}</td>
                <td>
                  <Link href={`/evaluations/campaigns/${c.id}`} className="font-medium">
                    {c.title}
                  </Link>
                </td>
                <td className="whitespace-nowrap">
                  {date(c.opensOn)} – {date(c.closesOn)}
                </td>
                <td>{te(c.state)}</td>
                <td className="tabular-nums">{t("progressValue", { done: counts.submitted + counts.approved, total: counts.total })}</td>
                <td>
                  {c.state === "draft" ? (
                    "—"
                  ) : (
                    <Link href={`/evaluations/campaigns/${c.id}/results`}>
                      {t("results")}
                      <span className="sr-only"> {c.title}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {campaigns.length === 0 ? <p className="p-6 text-sm text-slate-700">{t("empty")}</p> : null}
      </div>
    </>
  );
}
