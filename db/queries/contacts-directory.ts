import { and, asc, count, desc, eq, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";
import { activityContacts, contacts, delegationMembers, localities, partnerships } from "@/db/schema";
import { contactDetailsCondition, scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ContactSide } from "@/lib/domain/enums";
import type { ContactListParams } from "@/lib/validation/contact-list";
import { containsText } from "./search";

/** Our side and the partner of a contact's partnership (filters and sorting refer to them). */
export const contactOurs = alias(localities, "contact_ours");
export const contactPartner = alias(localities, "contact_partner");

/** What the directory and a contact's page show of a contact: the person and their partnership's two sides. */
export const contactColumns = {
  id: contacts.id,
  personName: contacts.personName,
  office: contacts.office,
  role: contacts.role,
  email: contacts.email,
  phone: contacts.phone,
  languages: contacts.languages,
  ...contactPlaceColumns(),
};

/** A contact's side and their partnership's two sides (without the person). */
function contactPlaceColumns() {
  return {
    side: contacts.side,
    partnershipId: contacts.partnershipId,
    oursName: contactOurs.nameLocal,
    oursRomanised: contactOurs.nameRomanised,
    oursZh: contactOurs.nameZh,
    partnerName: contactPartner.nameLocal,
    partnerZh: contactPartner.nameZh,
    partnerRomanised: contactPartner.nameRomanised,
    countryCode: contactPartner.countryCode,
  };
}

/** A personal column as the reader may see it: its value in the reader's scope (canSeeContactDetails), else null. */
function personalColumn(reader: Viewer, column: SQLWrapper) {
  const visible = contactDetailsCondition(reader, { localityId: partnerships.ourLocalityId, provinceCode: contactOurs.provinceCode });
  return visible ? sql<string | null>`case when ${visible} then ${column} end` : sql<string | null>`${column}`;
}

/**
 * The directory's and its export's columns of a contact for this reader: the
 * person's name, email, phone and languages only for contacts of their own
 * office (issue 13); side, office and role for all.
 */
export function contactReaderColumns(reader: Viewer) {
  return {
    id: contacts.id,
    personName: personalColumn(reader, contacts.personName),
    office: contacts.office,
    role: contacts.role,
    email: personalColumn(reader, contacts.email),
    phone: personalColumn(reader, contacts.phone),
    languages: personalColumn(reader, contacts.languages),
    ...contactPlaceColumns(),
  };
}

export type ContactDirectoryRow = {
  id: number;
  /** Null: not the reader's to see (contactReaderColumns). */
  personName: string | null;
  office: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: string | null;
  side: ContactSide;
  partnershipId: number;
  oursName: string;
  oursRomanised: string;
  oursZh: string | null;
  partnerName: string;
  partnerZh: string | null;
  partnerRomanised: string;
  countryCode: string;
  activities: number;
  delegations: number;
};

/**
 * The "my city / whole country" switch, resolved (lib/domain/list-scope.ts; absent: the nation),
 * and who reads: personal details are matched, shown and sorted in their own office's contacts only.
 */
export type ContactScope = { within?: QueryScope; reader: Viewer };

/**
 * The WHERE of the directory and of its export: current contacts of current
 * partnerships; a contact is its partnership's, so it is in the scope of the
 * partnership's locality on our side.
 */
export function contactFilterSql(f: Partial<ContactListParams> & ContactScope): SQL[] {
  const person = contactReaderColumns(f.reader);
  const where: SQL[] = [isNull(contacts.archivedAt), isNull(partnerships.archivedAt)];
  const inScope = f.within && scopeCondition(f.within, { localityId: partnerships.ourLocalityId, provinceCode: contactOurs.provinceCode });
  if (inScope) where.push(inScope);
  if (f.partnership) where.push(eq(contacts.partnershipId, f.partnership));
  if (f.country) where.push(eq(contactPartner.countryCode, f.country));
  if (f.side) where.push(eq(contacts.side, f.side));
  const q = f.q?.trim();
  if (q) {
    where.push(sql`(${containsText(person.personName, q)} or ${containsText(contacts.office, q)} or ${containsText(person.email, q)})`);
  }
  return where;
}

/** The directory's ORDER BY for its `sort` and `dir`, ties broken by id: the same on every page and in the export. */
export function contactOrder(params: Pick<ContactListParams, "sort" | "dir"> & ContactScope): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  // Sorting by a name the reader may not see would tell it: the reader's own view of the name sorts.
  const name = contactReaderColumns(params.reader).personName;
  const sorts: Record<ContactListParams["sort"], SQLWrapper[]> = {
    name: [name],
    office: [contacts.office, name],
    partnership: [contactOurs.nameLocal, contactPartner.nameLocal, name],
    side: [contacts.side, name],
  };
  return [...sorts[params.sort], contacts.id].map((c) => direction(c));
}

/** How many activities and delegations a contact took part in (the directory's and the export's counts). */
export const contactParticipationColumns = {
  activities: sql<number>`(select count(*) from ${activityContacts} ac where ac.contact_id = ${contacts.id})`,
  delegations: sql<number>`(select count(distinct dm.delegation_id) from ${delegationMembers} dm where dm.contact_id = ${contacts.id})`,
};

/** `select <selection> from` the directory's tables: contacts ⋈ their partnership ⋈ its two sides. */
export function selectContacts<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId));
  return asListSelect<S>(query);
}

/** One page of the directory. Reading is national; `within` narrows to the viewer's scope when the switch says so. */
export function listContactDirectory(db: DbOrTx, params: ContactListParams & ContactScope): { rows: ContactDirectoryRow[]; total: number } {
  const where = and(...contactFilterSql(params));
  const total = selectContacts(db, { n: count() }).where(where).get()?.n ?? 0;
  const rows = selectContacts(db, { ...contactReaderColumns(params.reader), ...contactParticipationColumns })
    .where(where)
    .orderBy(...contactOrder(params))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  return { total, rows };
}
