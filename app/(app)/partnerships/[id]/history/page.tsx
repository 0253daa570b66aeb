import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { partnershipHistory } from "@/db/queries/partnerships";
import { DetailTabs } from "@/components/partnerships/detail-tabs";
import { HistoryList } from "@/components/partnerships/history-list";
import { loadPartnership } from "@/components/partnerships/load-partnership";
import { PartnershipHeading } from "@/components/partnerships/partnership-heading";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships");
  return { title: t("history.title") };
}

export default async function PartnershipHistoryPage({ params }: PageProps<"/partnerships/[id]/history">) {
  const viewer = await requireCapability("records.read");
  const { p, canEdit } = loadPartnership(viewer, (await params).id);
  const t = await getTranslations("partnerships");
  return (
    <>
      <PartnershipHeading p={p} canEdit={canEdit} />
      <DetailTabs id={p.id} current="history" />
      <h2 className="mb-3">{t("history.title")}</h2>
      <HistoryList entries={partnershipHistory(getDb(), p.id)} />
    </>
  );
}
