import { and } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { contacts } from "@/db/schema";
import type { ContactListParams } from "@/lib/validation/contact-list";
import {
  contactFilterSql,
  contactOrder,
  contactOurs,
  contactParticipationColumns,
  contactPartner,
  selectContacts,
  type ContactScope,
} from "../contacts-directory";
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
  ...contactParticipationColumns,
};

export type ContactExportRow = { [K in keyof typeof contactExportSelection]: string | number | null };

/** Every contact the directory shows for these URL parameters (all pages): its own filters and order (../contacts-directory.ts). */
export function contactExportQuery(db: DbOrTx, params: ContactListParams & ContactScope): BuiltQuery {
  return selectContacts(db, contactExportSelection)
    .where(and(...contactFilterSql(params)))
    .orderBy(...contactOrder(params))
    .toSQL();
}
