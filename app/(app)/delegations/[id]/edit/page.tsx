import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadDelegation } from "@/db/loaders/exchange";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { partnerPickerOption } from "@/components/exchanges/labels";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: t("edit") };
}

export default async function EditDelegationPage({ params }: { params: Promise<{ id: string }> }) {
  const d = loadDelegation(await requireCapability("records.edit"), (await params).id);
  if (!d.canEdit) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("delegations"), getLocale()]);
  return (
    <>
      <PageHeader title={t("editTitle", { leader: d.leaderName })} />
      <DelegationForm
        mode="edit"
        copySources={[]}
        initialPartnerships={d.partners.map((p) => partnerPickerOption(p, locale))}
        initialActivities={d.activities.map((a) => ({ id: a.id, label: `${a.startDate} · ${a.title}` }))}
        defaults={{
          id: d.id,
          version: d.version,
          direction: d.direction,
          partnershipIds: d.partners.map((p) => p.partnershipId),
          ourLocalityId: String(d.ourLocalityId),
          leaderName: d.leaderName,
          leaderTitle: d.leaderTitle ?? "",
          leaderRank: d.leaderRank,
          startDate: d.startDate,
          endDate: d.endDate ?? "",
          purpose: d.purpose ?? "",
          status: d.status,
          outcomes: d.outcomes ?? "",
          members: d.members.map((m) => ({ name: m.name, title: m.title ?? "", organisation: m.organisation ?? "" })),
          itinerary: d.itinerary.map((i) => ({ date: i.date, place: i.place ?? "", description: i.description })),
          activityIds: d.activities.map((a) => a.id),
        }}
      />
    </>
  );
}
