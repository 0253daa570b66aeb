import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnnouncementMeta } from "@/components/announcements/announcement-meta";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { ArchiveToggle } from "@/components/exchanges/archive-toggle";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { loadAnnouncement } from "@/db/loaders/announcement";
import { markAnnouncementRead } from "@/db/mutations/announcements";
import { requireCapability } from "@/lib/auth/session";
import { today } from "@/lib/domain/clock";
import { archiveAnnouncementAction, restoreAnnouncementAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/sharing/announcements/[id]">): Promise<Metadata> {
  const viewer = await requireCapability("records.read");
  return { title: loadAnnouncement(viewer, (await params).id).title };
}

/** One announcement; opening it marks it read for its audience (it leaves their dashboard). */
export default async function AnnouncementPage({ params }: PageProps<"/sharing/announcements/[id]">) {
  const viewer = await requireCapability("records.read");
  const a = loadAnnouncement(viewer, (await params).id);
  // Its office opens it to manage it: only the dashboard's "Dismiss" marks it read for them.
  if (a.addressedToViewer && !a.readByMe && !a.canEdit) markAnnouncementRead(getDb(), viewer, a.id);
  const t = await getTranslations("announcements");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/sharing/announcements">{t("back")}</Link>
      </p>
      <PageHeader
        title={a.title}
        actions={
          a.canEdit ? (
            <>
              {a.archivedAt ? null : (
                <Link href={`/sharing/announcements/${a.id}/edit`} className="btn-secondary">
                  {t("edit")}
                </Link>
              )}
              <ArchiveToggle
                id={a.id}
                version={a.version}
                archived={a.archivedAt !== null}
                archiveAction={archiveAnnouncementAction}
                restoreAction={restoreAnnouncementAction}
                archiveLabel={t("archive")}
                restoreLabel={t("restore")}
              />
            </>
          ) : null
        }
      />
      <AnnouncementMeta a={a} today={today()} />
      <article className="card prose mt-4 max-w-3xl p-5">
        <MarkdownText source={a.body} />
      </article>
      <div className="mt-6 max-w-3xl space-y-2">
        {a.canEdit && !a.archivedAt ? <p className="text-sm text-slate-700">{t("materials")}</p> : null}
        <AttachmentsPanel ownerType="announcement" ownerId={a.id} files={a.attachments} canEdit={a.canEdit && !a.archivedAt} />
      </div>
    </>
  );
}
