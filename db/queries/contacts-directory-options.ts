import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { contacts, countries, partnerships } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import { contactOurs, contactPartner } from "./contacts-directory";

/** A select stays usable: past this many partnerships the filter is reached from a partnership's page instead. */
const MAX_PARTNERSHIP_OPTIONS = 400;

/**
 * The directory's filter choices: partnerships and partner countries that
 * have current contacts within the switch's scope, named in the viewer's language.
 */
export function contactFilterOptions(db: DbOrTx, within: QueryScope | undefined, locale: string) {
  const zh = locale.startsWith("zh");
  const where = and(
    isNull(contacts.archivedAt),
    isNull(partnerships.archivedAt),
    within ? scopeCondition(within, { localityId: partnerships.ourLocalityId, provinceCode: contactOurs.provinceCode }) : undefined,
  );
  const pairs = db
    .select({
    value: partnerships.id,
    ours: contactOurs.nameLocal,
    partner: zh ? sql<string>`coalesce(${contactPartner.nameZh}, ${contactPartner.nameLocal})` : contactPartner.nameLocal,
    romanised: contactPartner.nameRomanised,
  })
    .from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId))
    .where(where)
    .groupBy(partnerships.id)
    .orderBy(asc(contactOurs.nameLocal), asc(contactPartner.nameRomanised))
    .limit(MAX_PARTNERSHIP_OPTIONS + 1)
    .all();
  const countryRows = db
    .select({ value: countries.code, label: zh ? countries.nameZh : countries.nameEn })
    .from(contacts)
    .innerJoin(partnerships, eq(partnerships.id, contacts.partnershipId))
    .innerJoin(contactOurs, eq(contactOurs.id, partnerships.ourLocalityId))
    .innerJoin(contactPartner, eq(contactPartner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, contactPartner.countryCode))
    .where(where)
    .groupBy(countries.code)
    .orderBy(asc(zh ? countries.nameZh : countries.nameEn))
    .all();
  return {
    partnerships: pairs.length > MAX_PARTNERSHIP_OPTIONS ? null : pairs.map((p) => ({ value: String(p.value), label: `${p.ours} – ${p.partner}${p.partner !== p.romanised ? ` (${p.romanised})` : ""}` })),
    countries: countryRows,
  };
}
