import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { EMPTY_LOCALITY } from "@/components/localities/locality-fields";
import { LocalityForm } from "@/components/localities/locality-form";
import { formSetup } from "@/db/loaders/partnership-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("localities.form");
  return { title: t("createTitle") };
}

export default async function NewLocalityPage() {
  const viewer = await requireCapability("localities.edit");
  const [t, locale] = await Promise.all([getTranslations("localities.form"), getLocale() as Promise<Locale>]);
  const { choices, canCreateOurs } = formSetup(getDb(), viewer, locale);
  const countries = canCreateOurs ? choices.countries : choices.countries.filter((c) => c.value !== "CN");
  return (
    <>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <LocalityForm values={EMPTY_LOCALITY} choices={{ ...choices, countries }} />
    </>
  );
}
