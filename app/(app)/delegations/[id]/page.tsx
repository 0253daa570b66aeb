import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadDelegation } from "@/db/loaders/exchange";
import { DelegationDetails } from "@/components/delegations/delegation-details";
import { recordPageTitle, type ExchangeRecordProps } from "@/components/exchanges/record-page";
import { ExchangeRecordActions } from "@/components/exchanges/exchange-record-actions";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { archiveDelegationAction, restoreDelegationAction } from "../actions";

export async function generateMetadata({ params }: ExchangeRecordProps): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: recordPageTitle(t("title"), (await params).id) };
}

export default async function DelegationPage({ params, searchParams }: ExchangeRecordProps) {
  const d = loadDelegation(await requireCapability("records.read"), (await params).id);
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
            <ExchangeRecordActions
              record={d}
              editHref={`/delegations/${d.id}/edit`}
              labels={{ edit: t("edit"), archive: t("archive"), restore: t("restore") }}
              archiveAction={archiveDelegationAction}
              restoreAction={restoreDelegationAction}
            />
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
