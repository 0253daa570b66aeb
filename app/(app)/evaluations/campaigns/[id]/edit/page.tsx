import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/evaluations/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getCampaign, getScopeChoices, getScopeNames } from "@/db/queries/campaigns";
import { requireCapability } from "@/lib/auth/session";
import { parseId } from "@/lib/validation/campaign";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaign");
  return { title: t("editTitle") };
}

export default async function EditCampaignPage({ params }: PageProps<"/evaluations/campaigns/[id]/edit">) {
  await requireCapability("campaigns.manage");
  const id = parseId((await params).id);
  const db = getDb();
  const campaign = id === null ? undefined : getCampaign(db, id);
  if (!campaign) notFound();
  const [t, locale, format] = await Promise.all([getTranslations("evaluations.campaign"), getLocale(), getFormatter()]);
  const zh = locale === "zh-CN";
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
  const choices = getScopeChoices(db);
  const scope = getScopeNames(db, campaign);
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
                opensOn: format.dateTime(new Date(`${campaign.opensOn}T00:00:00`), { dateStyle: "long" }),
                provinces: scope.provinces.length ? scope.provinces.map((p) => (zh ? p.nameZh : p.nameEn)).join(", ") : t("allProvinces"),
                countries: scope.countries.length ? scope.countries.map((c) => (zh ? c.nameZh : c.nameEn)).join(", ") : t("allCountries"),
              }
            : undefined
        }
        provinces={choices.provinces.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn }))}
        countries={choices.countries.map((c) => ({ value: c.code, label: zh ? c.nameZh : c.nameEn }))}
      />
    </>
  );
}
