import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activityContacts, contacts, delegationMembers, localities, partnerships } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
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

export type ContactDirectoryRow = {
  id: number;
  personName: string;
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

/** The "my city / whole country" switch, resolved (lib/domain/list-scope.ts); absent: the nation. */
export type ContactScope = { within?: QueryScope };

/**
 * The WHERE of the directory and of its export: current contacts of current
 * partnerships; a contact is its partnership's, so it is in the scope of the
 * partnership's locality on our side.
 */
export function contactFilterSql(f: Partial<ContactListParams> & ContactScope): SQL[] {
  const where: SQL[] = [isNull(contacts.archivedAt), isNull(partnerships.archivedAt)];
  const inScope = f.within && scopeCondition(f.within, { localityId: partnerships.ourLocalityId, provinceCode: contactOurs.provinceCode });
  if (inScope) where.push(inScope);
  if (f.partnership) where.push(eq(contacts.partnershipId, f.partnership));
  if (f.country) where.push(eq(contactPartner.countryCode, f.country));
  if (f.side) where.push(eq(contacts.side, f.side));
  const q = f.q?.trim();
  if (q) {
    where.push(sql`(${containsText(contacts.personName, q)} or ${containsText(contacts.office, q)} or ${containsText(contacts.email, q)})`);
  }
  return where;
}

export const CONTACT_ORDER = {
  name: [contacts.personName, contacts.id],
  office: [contacts.office, contacts.personName],
  partnership: [contactOurs.nameLocal, contactPartner.nameLocal, contacts.personName],
  side: [contacts.side, contacts.personName],
} as const;

/** How many activities and delegations each contact took part in (two grouped queries for a page). */
function participation(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return { activities: new Map<number, number>(), delegations: new Map<number, number>() };
  const a = db.select({ id: activityContacts.contactId, n: count() }).from(activityContacts).where(inArray(activityContacts.contactId, ids)).groupBy(activityContacts.contactId).all();
  const d = db
    .select({ id: delegationMembers.contactId, n: sql<number>`count(distinct ${delegationMembers.delegationId})` })
    .from(delegationMembers)
    .where(inArray(delegationMembers.contactId, ids))
    .groupBy(delegationMembers.contactId)
    .all();
  return { activities: new Map(a.map((r) => [r.id, r.n])), delegations: new Map(d.map((r) => [r.id as number, r.n])) };
}

/** One page of the directory. Reading is national; `within` narrows to the viewer's scope when the switch says so. */
export function listContactDirectory(db: DbOrTx, params: ContactListParams & ContactScope): { rows: ContactDirectoryRow[]; total: number } {
  const where = and(...contactFilterSql(params));
  const total = db.select({ n: count() }).from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId)).where(where).get()?.n ?? 0;
  const order = CONTACT_ORDER[params.sort].map((c) => (params.dir === "desc" ? desc(c) : asc(c)));
  const rows = db.select(contactColumns)
    .from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId))
    .where(where)
    .orderBy(...order)
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const counts = participation(db, rows.map((r) => r.id));
  return { total, rows: rows.map((r) => ({ ...r, activities: counts.activities.get(r.id) ?? 0, delegations: counts.delegations.get(r.id) ?? 0 })) };
}
