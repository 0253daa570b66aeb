import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";
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

const SORTS = {
  name: [contacts.personName],
  office: [contacts.office, contacts.personName],
  partnership: [contactOurs.nameLocal, contactPartner.nameLocal, contacts.personName],
  side: [contacts.side, contacts.personName],
} as const;

/** The directory's ORDER BY for its `sort` and `dir`, ties broken by id: the same on every page and in the export. */
export function contactOrder(params: Pick<ContactListParams, "sort" | "dir">): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  return [...SORTS[params.sort], contacts.id].map((c) => direction(c));
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
  const rows = selectContacts(db, { ...contactColumns, ...contactParticipationColumns })
    .where(where)
    .orderBy(...contactOrder(params))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  return { total, rows };
}
