import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { contactIdsOfActivity } from "@/db/queries/contacts-of-partnerships";
import { loadActivity } from "@/db/loaders/exchange";
import { ActivityForm } from "@/components/activities/activity-form";
import { partnerPickerOption } from "@/components/exchanges/labels";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("edit") };
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const a = loadActivity(await requireCapability("records.edit"), (await params).id);
  if (!a.canEdit) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("activities"), getLocale()]);
  const str = (v: number | null) => (v === null ? "" : String(v));
  return (
    <>
      <PageHeader title={t("editTitle", { title: a.title })} />
      <ActivityForm
        mode="edit"
        rememberCategory={false}
        initialPartnerships={a.partners.map((p) => partnerPickerOption(p, locale))}
        defaults={{
          id: a.id,
          version: a.version,
          title: a.title,
          category: a.category,
          startDate: a.startDate,
          endDate: a.endDate ?? "",
          location: a.location,
          locationDetail: a.locationDetail ?? "",
          partnershipIds: a.partners.map((p) => p.partnershipId),
          organiserLocalityId: String(a.organiserLocalityId),
          participantsOurs: str(a.participantsOurs),
          participantsPartner: str(a.participantsPartner),
          participantNames: a.participantNames ?? "",
          description: a.description ?? "",
          outcomes: a.outcomes ?? "",
          costAmount: str(a.costAmount),
          costCurrency: a.costCurrency ?? "",
          tags: (a.tags ?? []).join(", "),
          contactIds: contactIdsOfActivity(getDb(), a.id),
        }}
      />
    </>
  );
}
