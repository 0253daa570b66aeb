import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { contacts, partnerships } from "@/db/schema";
import type { ContactListParams } from "@/lib/validation/contact-list";
import { CONTACT_ORDER, contactFilterSql, contactOurs, contactPartner, type ContactScope } from "../contacts-directory";
import type { BuiltQuery } from "./reader";

export const contactExportSelection = {
  id: contacts.id,
  personName: contacts.personName,
  side: contacts.side,
  office: contacts.office,
  role: contacts.role,
  email: contacts.email,
  phone: contacts.phone,
  languages: contacts.languages,
  ourLocality: contactOurs.nameLocal,
  partner: contactPartner.nameLocal,
  partnerZh: contactPartner.nameZh,
  partnerRomanised: contactPartner.nameRomanised,
  countryCode: contactPartner.countryCode,
  activities: sql<number>`(select count(*) from activity_contacts ac where ac.contact_id = ${contacts.id})`,
  delegations: sql<number>`(select count(distinct dm.delegation_id) from delegation_members dm where dm.contact_id = ${contacts.id})`,
};

export type ContactExportRow = { [K in keyof typeof contactExportSelection]: string | number | null };

/** Every contact the directory shows for these URL parameters (all pages), in its order. */
export function contactExportQuery(db: DbOrTx, params: ContactListParams & ContactScope): BuiltQuery {
  const direction = params.dir === "desc" ? desc : asc;
  return db
    .select(contactExportSelection)
    .from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId))
    .where(and(...contactFilterSql(params)))
    .orderBy(...CONTACT_ORDER[params.sort].map((c) => direction(c)))
    .toSQL();
}
