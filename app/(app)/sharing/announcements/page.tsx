import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { ANNOUNCEMENTS_PAGE_SIZE, listAnnouncements } from "@/db/queries/announcements";
import { announcementAudiences } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { today } from "@/lib/domain/clock";
import { announcementListSchema } from "@/lib/validation/announcement";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("announcements");
  return { title: t("title") };
}

export default async function AnnouncementsPage({ searchParams }: PageProps<"/sharing/announcements">) {
  const viewer = await requireCapability("records.read");
  const { page } = announcementListSchema.parse(await searchParams);
  const day = today();
  const [t, list] = await Promise.all([getTranslations("announcements"), listAnnouncements(getDb(), viewer, { today: day, page })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          announcementAudiences(viewer).kind === "none" ? null : (
            <Link href="/sharing/announcements/new" className="btn-primary">
              {t("new")}
            </Link>
          )
        }
      />
      <AnnouncementList rows={list.rows} pages={Math.max(1, Math.ceil(list.total / ANNOUNCEMENTS_PAGE_SIZE))} page={page} today={day} />
    </>
  );
}
