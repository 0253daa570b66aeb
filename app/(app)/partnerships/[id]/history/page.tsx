import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { currentVersions, recordLabels } from "@/db/queries/audit-labels";
import { partnershipHistory } from "@/db/queries/partnerships";
import { DetailTabs } from "@/components/partnerships/detail-tabs";
import { HistoryList } from "@/components/partnerships/history-list";
import { loadPartnership } from "@/db/loaders/partnership";
import { PartnershipHeading } from "@/components/partnerships/partnership-heading";
import { requireCapability } from "@/lib/auth/session";
import { restoreOffers } from "@/lib/domain/restorable";
import { historyForReader, historyLabelsForReader } from "@/lib/domain/contact-privacy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships");
  return { title: t("history.title") };
}

export default async function PartnershipHistoryPage({ params }: PageProps<"/partnerships/[id]/history">) {
  const viewer = await requireCapability("records.read");
  const { p, canEdit, canSeeContacts } = loadPartnership(viewer, (await params).id);
  const [t, th, locale] = await Promise.all([getTranslations("partnerships"), getTranslations("history"), getLocale()]);
  const db = getDb();
  // Another office reads its contacts' changes without their personal details (issue 13).
  const entries = historyForReader(partnershipHistory(db, p.id), canSeeContacts);
  const labels = historyLabelsForReader(recordLabels(db, entries, locale), canSeeContacts);
  // A contact is edited by whoever may edit its partnership, so one rule offers both; the action checks again.
  const versions = currentVersions(db, entries);
  const restore = canEdit ? { offers: restoreOffers(entries, versions), versions } : undefined;
  return (
    <>
      <PartnershipHeading p={p} canEdit={canEdit} />
      <DetailTabs id={p.id} current="history" />
      <h2 className="mb-3">{t("history.title")}</h2>
      {restore ? <p className="field-hint mb-3">{th("restore.scopeHint")}</p> : null}
      <HistoryList entries={entries} labels={labels} restore={restore} />
    </>
  );
}
