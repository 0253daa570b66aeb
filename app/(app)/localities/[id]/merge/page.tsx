import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadLocality } from "@/db/loaders/locality";
import { MergeForm } from "@/components/localities/merge-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { localityLabel } from "@/lib/domain/locality-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("localities.merge");
  return { title: t("titleShort") };
}

export default async function MergeLocalityPage({ params }: PageProps<"/localities/[id]/merge">) {
  const viewer = await requireCapability("localities.merge");
  const { l, canMerge } = loadLocality(viewer, (await params).id);
  if (!canMerge) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("localities.merge"), getLocale()]);
  const name = localityLabel(l, locale);
  return (
    <>
      <PageHeader title={t("title", { name })} description={t("description")} />
      <MergeForm source={{ id: l.id, version: l.version, name }} side={l.countryCode === "CN" ? "ours" : "partner"} />
    </>
  );
}
