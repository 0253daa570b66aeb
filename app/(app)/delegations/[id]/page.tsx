import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getDelegationDetail } from "@/db/queries/delegations-detail";
import { DelegationDetails } from "@/components/delegations/delegation-details";
import { ArchiveToggle } from "@/components/exchanges/archive-toggle";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { recordId } from "@/lib/validation/activity-fields";
import { archiveDelegationAction, restoreDelegationAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = recordId.safeParse((await params).id);
  const t = await getTranslations("delegations");
  return { title: id.success ? `${t("title")} #${id.data}` : t("title") };
}

export default async function DelegationPage({ params, searchParams }: Props) {
  const viewer = await requireCapability("records.read");
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const d = getDelegationDetail(getDb(), viewer, id.data);
  if (!d) notFound();
  const [t, ta, te, format] = await Promise.all([
    getTranslations("delegations"),
    getTranslations("activities"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader
        title={t("pageTitle", { direction: te(`delegationDirection.${d.direction}`), leader: d.leaderName })}
        description={te(`delegationStatus.${d.status}`)}
        actions={
          d.canEdit ? (
            <>
              {!d.archivedAt ? (
                <Link href={`/delegations/${d.id}/edit`} className="btn-primary">
                  {t("edit")}
                </Link>
              ) : null}
              <ArchiveToggle
                id={d.id}
                version={d.version}
                archived={Boolean(d.archivedAt)}
                archiveAction={archiveDelegationAction}
                restoreAction={restoreDelegationAction}
                archiveLabel={t("archive")}
                restoreLabel={t("restore")}
              />
            </>
          ) : null
        }
      />
      {saved ? (
        <p role="status" className="mb-4 max-w-3xl rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {ta("savedGeneric")}
        </p>
      ) : null}
      {d.archivedAt ? (
        <p className="mb-4 max-w-3xl rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
          {t("detail.archivedNotice")}
        </p>
      ) : null}
      <div className="grid max-w-5xl gap-6">
        <DelegationDetails delegation={d} />
        <AttachmentsPanel ownerType="delegation" ownerId={d.id} files={d.attachments} canEdit={d.canEdit && !d.archivedAt} />
        <p className="text-xs text-slate-600">
          {ta("detail.history", {
            created: format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            updated: format.dateTime(d.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      </div>
    </>
  );
}
