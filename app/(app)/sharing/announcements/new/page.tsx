import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/announcements/announcement-form";
import { PageHeader } from "@/components/ui/page-header";
import { audienceOptions } from "@/db/loaders/announcement";
import { requireCapability } from "@/lib/auth/session";
import { today } from "@/lib/domain/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("announcements");
  return { title: t("newTitle") };
}

export default async function NewAnnouncementPage() {
  const viewer = await requireCapability("admin.access");
  const [t, locale] = await Promise.all([getTranslations("announcements"), getLocale()]);
  const audiences = audienceOptions(viewer, locale, t("everyone"));
  const first = audiences[0];
  if (!first) redirect("/forbidden");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <AnnouncementForm
        defaults={{ title: "", body: "", audience: first.value, validFrom: today(), validUntil: "" }}
        audiences={audiences}
      />
    </>
  );
}
