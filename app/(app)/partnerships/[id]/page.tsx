import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { partnershipTimeline } from "@/db/queries/activities-timeline";
import { listContacts, statusHistory } from "@/db/queries/partnerships";
import { PartnershipTimeline } from "@/components/exchanges/partnership-timeline";
import { AgreementCard } from "@/components/partnerships/agreement-card";
import { ContactsSection } from "@/components/partnerships/contacts-section";
import { DetailTabs } from "@/components/partnerships/detail-tabs";
import { loadPartnership } from "@/db/loaders/partnership";
import { PartnershipHeading } from "@/components/partnerships/partnership-heading";
import { SideCard } from "@/components/partnerships/side-card";
import { StatusHistory } from "@/components/partnerships/status-history";
import { requireCapability } from "@/lib/auth/session";
import { today } from "@/lib/domain/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships");
  return { title: t("detail.title") };
}

const NOTICES = ["created", "saved", "archived", "restored", "contactSaved", "contactRemoved"] as const;

export default async function PartnershipPage({ params, searchParams }: PageProps<"/partnerships/[id]">) {
  const viewer = await requireCapability("records.read");
  const { p, canEdit, canSeeContacts } = loadPartnership(viewer, (await params).id);
  const query = await searchParams;
  const t = await getTranslations("partnerships");
  const db = getDb();
  const notice = NOTICES.find((n) => query[n]);
  return (
    <>
      <PartnershipHeading p={p} canEdit={canEdit} />
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <DetailTabs id={p.id} current="overview" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <SideCard title={t("detail.ourSide")} side={p.ours} headingId="ours-title" />
        <SideCard title={t("detail.partnerSide")} side={p.partner} headingId="partner-title" />
        <AgreementCard p={p} today={today()} />
        <StatusHistory rows={statusHistory(db, p.id)} />
        <div className="lg:col-span-2">
          <ContactsSection partnershipId={p.id} contacts={listContacts(db, p.id)} canEdit={canEdit} personal={canSeeContacts} />
        </div>
        {/* The timeline (issue 4) brings its own heading. */}
        <div className="card p-5 lg:col-span-2">
          <PartnershipTimeline partnershipId={p.id} timeline={partnershipTimeline(db, p.id, 40)} />
        </div>
      </div>
    </>
  );
}
