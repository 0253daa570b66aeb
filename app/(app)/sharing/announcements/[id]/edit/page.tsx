import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/announcements/announcement-form";
import { PageHeader } from "@/components/ui/page-header";
import { audienceOptions, loadAnnouncement } from "@/db/loaders/announcement";
import { requireCapability } from "@/lib/auth/session";
import { EVERYONE } from "@/lib/validation/announcement";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("announcements");
  return { title: t("editTitle") };
}

export default async function EditAnnouncementPage({ params }: PageProps<"/sharing/announcements/[id]/edit">) {
  const viewer = await requireCapability("admin.access");
  const a = loadAnnouncement(viewer, (await params).id);
  if (!a.canEdit || a.archivedAt) notFound();
  const [t, locale] = await Promise.all([getTranslations("announcements"), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        actions={
          <Link href={`/sharing/announcements/${a.id}`} className="btn-secondary">
            {t("form.cancel")}
          </Link>
        }
      />
      <AnnouncementForm
        record={{ id: a.id, version: a.version }}
        defaults={{
          title: a.title,
          body: a.body,
          audience: a.audienceProvinceCode ?? EVERYONE,
          validFrom: a.validFrom,
          validUntil: a.validUntil ?? "",
        }}
        audiences={audienceOptions(viewer, locale, t("everyone"))}
      />
    </>
  );
}
