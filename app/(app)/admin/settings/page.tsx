import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getDormantMonths } from "@/db/queries/app-meta";
import { DormancySettingForm } from "@/components/admin/dormancy-setting-form";
import { PageHeader } from "@/components/ui/page-header";
import { canChangeSettings } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reminders.settings");
  return { title: t("title") };
}

/** National settings: how long without an exchange before a partnership counts as dormant. */
export default async function SettingsPage() {
  const viewer = await requireCapability("admin.access");
  if (!canChangeSettings(viewer)) redirect("/forbidden");
  const [t, ta] = await Promise.all([getTranslations("reminders.settings"), getTranslations("chineseNames")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin">{ta("backToAdmin")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="dormancy-title" className="card max-w-2xl p-6">
        <h2 id="dormancy-title" className="mb-2">
          {t("dormancyTitle")}
        </h2>
        <DormancySettingForm months={getDormantMonths(getDb())} />
      </section>
    </>
  );
}
