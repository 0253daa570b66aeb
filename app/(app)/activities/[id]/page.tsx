import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActivityDetail } from "@/db/queries/activities-detail";
import { ActivityDetails } from "@/components/activities/activity-details";
import { ArchiveToggle } from "@/components/exchanges/archive-toggle";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { recordId } from "@/lib/validation/activity-fields";
import { archiveActivityAction, restoreActivityAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"]) {
  const viewer = await requireCapability("records.read");
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const activity = getActivityDetail(getDb(), viewer, id.data);
  if (!activity) notFound();
  return activity;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = recordId.safeParse((await params).id);
  const t = await getTranslations("activities");
  return { title: id.success ? `${t("title")} #${id.data}` : t("title") };
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const a = await load(params);
  const [t, te, format] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getFormatter()]);
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader
        title={a.title}
        description={te(`activityCategory.${a.category}`)}
        actions={
          a.canEdit ? (
            <>
              {!a.archivedAt ? (
                <Link href={`/activities/${a.id}/edit`} className="btn-primary">
                  {t("edit")}
                </Link>
              ) : null}
              <ArchiveToggle
                id={a.id}
                version={a.version}
                archived={Boolean(a.archivedAt)}
                archiveAction={archiveActivityAction}
                restoreAction={restoreActivityAction}
                archiveLabel={t("archive")}
                restoreLabel={t("restore")}
              />
            </>
          ) : null
        }
      />
      {saved ? (
        <p role="status" className="mb-4 max-w-3xl rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {t("saved")}{" "}
          <Link className="underline" href={`/activities/new?partnership=${a.partners[0]?.partnershipId ?? ""}`}>
            {t("logAnother")}
          </Link>
        </p>
      ) : null}
      {a.archivedAt ? (
        <p className="mb-4 max-w-3xl rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
          {t("detail.archivedNotice")}
        </p>
      ) : null}
      <div className="grid max-w-5xl gap-6">
        <ActivityDetails activity={a} />
        <AttachmentsPanel ownerType="activity" ownerId={a.id} files={a.attachments} canEdit={a.canEdit && !a.archivedAt} />
        <p className="text-xs text-slate-600">
          {t("detail.history", {
            created: format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            updated: format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      </div>
    </>
  );
}
