import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { contactParticipation, getContactDetail } from "@/db/queries/contacts-detail";
import { ownerOf } from "@/db/queries/partnerships";
import { ContactCard } from "@/components/contacts/contact-card";
import { ContactParticipation } from "@/components/contacts/contact-participation";
import { PageHeader } from "@/components/ui/page-header";
import { can, canSeeContactDetails } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { contactForReader } from "@/lib/domain/contact-privacy";
import { localityName } from "@/lib/domain/locality-name";
import { optionalInt } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts");
  return { title: t("details") };
}

/** A contact: how to reach them, their partnership, and the activities and delegations they took part in. */
export default async function ContactPage({ params }: PageProps<"/contacts/[id]">) {
  const viewer = await requireCapability("records.read");
  const id = optionalInt(1, 2_147_483_647).parse((await params).id);
  const db = getDb();
  const found = id ? getContactDetail(db, id) : undefined;
  if (!found) notFound();
  const [t, locale] = await Promise.all([getTranslations("contacts"), getLocale()]);
  const owner = ownerOf(db, found.ourLocalityId);
  const canEdit = !found.archivedAt && can(viewer, "records.edit", owner);
  // Another office reads whom to ask (side, office, role), never who they are (issue 13).
  const personal = canSeeContactDetails(viewer, owner);
  const c = contactForReader(found, personal);
  const partner = localityName({ nameLocal: c.partnerName, nameZh: c.partnerZh, nameRomanised: c.partnerRomanised }, locale);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts">{t("backToDirectory")}</Link>
      </p>
      <PageHeader
        title={c.personName ?? c.office ?? t("details")}
        description={(c.personName ? c.office : null) ?? undefined}
        actions={
          canEdit ? (
            <Link className="btn-secondary" href={`/partnerships/${c.partnershipId}/contacts/${c.id}`}>
              {t("edit")}
            </Link>
          ) : null
        }
      />
      {c.archivedAt ? <p className="mb-4 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm">{t("archived")}</p> : null}
      <ContactCard
        contact={c}
        personal={personal}
        pair={`${localityName({ nameLocal: c.oursName, nameZh: c.oursZh, nameRomanised: c.oursRomanised }, locale)} – ${partner}`}
      />
      <ContactParticipation {...contactParticipation(db, c.id)} />
    </>
  );
}
