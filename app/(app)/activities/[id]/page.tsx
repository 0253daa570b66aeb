import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadActivity } from "@/db/loaders/exchange";
import { ActivityDetails } from "@/components/activities/activity-details";
import { recordPageTitle, type ExchangeRecordProps } from "@/components/exchanges/record-page";
import { ExchangeRecordActions } from "@/components/exchanges/exchange-record-actions";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { PageHeader } from "@/components/ui/page-header";
import { officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { archiveActivityAction, restoreActivityAction } from "../actions";

export async function generateMetadata({ params }: ExchangeRecordProps): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: recordPageTitle(t("title"), (await params).id) };
}

export default async function ActivityPage({ params, searchParams }: ExchangeRecordProps) {
  const viewer = await requireCapability("records.read");
  const a = loadActivity(viewer, (await params).id);
  const [t, te, tc, format] = await Promise.all([
    getTranslations("activities"),
    getTranslations("enums"),
    getTranslations("cases"),
    getFormatter(),
  ]);
  const writeUp =
    officeOf(viewer) && !a.archivedAt ? (
      <Link href={`/sharing/cases/new?activity=${a.id}`} className="btn-secondary">
        {tc("writeUp")}
      </Link>
    ) : null;
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader
        title={a.title}
        description={te(`activityCategory.${a.category}`)}
        actions={
          <>
            {a.canEdit ? (
              <ExchangeRecordActions
                record={a}
                editHref={`/activities/${a.id}/edit`}
                labels={{ edit: t("edit"), archive: t("archive"), restore: t("restore") }}
                archiveAction={archiveActivityAction}
                restoreAction={restoreActivityAction}
              />
            ) : null}
            {writeUp}
          </>
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
