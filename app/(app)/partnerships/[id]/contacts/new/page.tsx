import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/partnerships/contact-form";
import { loadPartnership } from "@/db/loaders/partnership";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships.contacts");
  return { title: t("add") };
}

export default async function NewContactPage({ params }: PageProps<"/partnerships/[id]/contacts/new">) {
  const viewer = await requireCapability("records.edit");
  const { p, canEdit } = loadPartnership(viewer, (await params).id);
  if (!canEdit) redirect("/forbidden");
  const t = await getTranslations("partnerships.contacts");
  return (
    <>
      <PageHeader title={t("newTitle", { pair: `${p.ours.nameLocal} – ${p.partner.nameLocal}` })} />
      <ContactForm
        values={{ partnershipId: p.id, side: "partner", office: "", personName: "", role: "", email: "", phone: "", languages: "" }}
      />
    </>
  );
}
