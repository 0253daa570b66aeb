import { and } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { Viewer } from "@/lib/auth/viewer";
import { contacts } from "@/db/schema";
import type { ContactListParams } from "@/lib/validation/contact-list";
import {
  contactFilterSql,
  contactOrder,
  contactOurs,
  contactParticipationColumns,
  contactPartner,
  contactReaderColumns,
  selectContacts,
  type ContactScope,
} from "../contacts-directory";
import type { BuiltQuery } from "./reader";

/** The export's columns for this reader: personal details of their own office's contacts only (contactReaderColumns). */
export function contactExportSelection(reader: Viewer) {
  const person = contactReaderColumns(reader);
  return {
    id: contacts.id,
    personName: person.personName,
    side: contacts.side,
    office: contacts.office,
    role: contacts.role,
    email: person.email,
    phone: person.phone,
    languages: person.languages,
    ourLocality: contactOurs.nameLocal,
    partner: contactPartner.nameLocal,
    partnerZh: contactPartner.nameZh,
    partnerRomanised: contactPartner.nameRomanised,
    countryCode: contactPartner.countryCode,
    ...contactParticipationColumns,
  };
}

export type ContactExportRow = { [K in keyof ReturnType<typeof contactExportSelection>]: string | number | null };

/** Every contact the directory shows for these URL parameters (all pages): its own filters and order (../contacts-directory.ts). */
export function contactExportQuery(db: DbOrTx, params: ContactListParams & ContactScope): BuiltQuery {
  return selectContacts(db, contactExportSelection(params.reader))
    .where(and(...contactFilterSql(params)))
    .orderBy(...contactOrder(params))
    .toSQL();
}
