import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/evaluations/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { scopeOptions } from "@/db/loaders/campaign";
import { requireCapability } from "@/lib/auth/session";
import { thisYear, today as clockToday } from "@/lib/domain/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaign");
  return { title: t("newTitle") };
}

export default async function NewCampaignPage() {
  await requireCapability("campaigns.manage");
  const [t, locale] = await Promise.all([getTranslations("evaluations.campaign"), getLocale()]);
  const today = clockToday();
  const year = thisYear();
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <CampaignForm
        defaults={{ title: "", year, opensOn: today, closesOn: `${year}-12-31`, scopeProvinces: [], scopeCountries: [], instructions: "" }}
        {...scopeOptions(locale)}
      />
    </>
  );
}
