import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getContact } from "@/db/queries/partnerships";
import { ContactForm } from "@/components/partnerships/contact-form";
import { loadPartnership } from "@/db/loaders/partnership";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { optionalInt } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships.contacts");
  return { title: t("edit") };
}

export default async function EditContactPage({ params }: PageProps<"/partnerships/[id]/contacts/[contactId]">) {
  const viewer = await requireCapability("records.edit");
  const { id, contactId } = await params;
  const { p, canEdit } = loadPartnership(viewer, id);
  if (!canEdit) redirect("/forbidden");
  const cid = optionalInt(1, 2_147_483_647).parse(contactId);
  const c = cid ? getContact(getDb(), cid) : undefined;
  if (!c || c.partnershipId !== p.id || c.archivedAt) notFound();
  const t = await getTranslations("partnerships.contacts");
  return (
    <>
      <PageHeader title={t("editTitle", { pair: `${p.ours.nameLocal} – ${p.partner.nameLocal}` })} />
      <ContactForm
        key={c.version}
        record={{ id: c.id, version: c.version }}
        values={{
          partnershipId: p.id,
          side: c.side,
          office: c.office ?? "",
          personName: c.personName,
          role: c.role ?? "",
          email: c.email ?? "",
          phone: c.phone ?? "",
          languages: c.languages ?? "",
        }}
      />
    </>
  );
}
