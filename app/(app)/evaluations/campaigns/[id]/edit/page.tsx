import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/evaluations/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadCampaign, scopeOptions, scopeSummary } from "@/db/loaders/campaign";
import { requireCapability } from "@/lib/auth/session";
import { isoToDate } from "@/components/exchanges/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaign");
  return { title: t("editTitle") };
}

export default async function EditCampaignPage({ params }: PageProps<"/evaluations/campaigns/[id]/edit">) {
  await requireCapability("campaigns.manage");
  const campaign = loadCampaign((await params).id);
  const [t, locale, format] = await Promise.all([getTranslations("evaluations.campaign"), getLocale(), getFormatter()]);
  const back = `/evaluations/campaigns/${campaign.id}`;
  if (campaign.state === "closed") {
    return (
      <>
        <PageHeader title={t("editTitle")} />
        <p className="card p-4 text-sm text-slate-800" role="status">
          {t("closedNoEdit")}
        </p>
        <Link href={back} className="btn-secondary mt-4">
          {campaign.title}
        </Link>
      </>
    );
  }
  const scope = scopeSummary(campaign, locale, { provinces: t("allProvinces"), countries: t("allCountries") });
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        description={t("editIntro")}
        actions={
          <Link href={back} className="btn-secondary">
            {t("cancel")}
          </Link>
        }
      />
      <CampaignForm
        record={{ id: campaign.id, version: campaign.version }}
        defaults={{
          title: campaign.title,
          year: campaign.year,
          opensOn: campaign.opensOn,
          closesOn: campaign.closesOn,
          scopeProvinces: campaign.scopeProvinces,
          scopeCountries: campaign.scopeCountries,
          instructions: campaign.instructions ?? "",
        }}
        locked={
          campaign.state === "open"
            ? {
                year: campaign.year,
                opensOn: format.dateTime(isoToDate(campaign.opensOn), { dateStyle: "long" }),
                ...scope,
              }
            : undefined
        }
        {...scopeOptions(locale)}
      />
    </>
  );
}
