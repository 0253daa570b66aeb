import { and, asc, between, desc, eq, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { contacts, countries, localities, partnerships, provinces } from "@/db/schema";
import { distanceKm, nearbyBox } from "@/lib/domain/geo-distance";
import { lastActivitySql, statusRankSql } from "./partnerships-filter";
import { containsText, searchTerms } from "./search";

/*
 * "Who already works with whom" (issue 13): which of our localities have a
 * partnership with a place abroad, with its neighbours and with its country,
 * and the office to contact there (office and role only, never the person).
 * Every query starts from an index (the partner's id, the country, our
 * locality) and is bounded by a LIMIT.
 */

const ours = alias(localities, "who_ours");
const partner = alias(localities, "who_partner");

/** How many rows each part of the answer shows at most. */
export const WHO_LIMITS = { places: 20, states: 10, countries: 10, partnerships: 50, neighbours: 10, candidates: 200, topLocalities: 15 };

/** The office to contact on our side of a partnership: its contacts' office and role, never who they are. */
export type OfficeToContact = { office: string | null; role: string | null };

export type WhoPartnershipRow = {
  id: number;
  status: string | null;
  signedOn: string | null;
  lastExchange: string | null;
  ours: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; provinceCode: string | null };
  provinceNameEn: string | null;
  provinceNameZh: string | null;
  partner: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; stateName: string | null };
  offices: OfficeToContact[];
};

/** Current partnerships matching `where`, best status first, with their last exchange and our side's offices to contact. */
function whoPartnerships(db: DbOrTx, where: SQL | undefined, today: string, limit: number): WhoPartnershipRow[] {
  const rows = db
    .select({
      id: partnerships.id,
      status: partnerships.status,
      signedOn: partnerships.signedOn,
      lastExchange: lastActivitySql(partnerships.id, today),
      ours: {
        id: ours.id,
        nameLocal: ours.nameLocal,
        nameRomanised: ours.nameRomanised,
        nameZh: ours.nameZh,
        provinceCode: ours.provinceCode,
      },
      provinceNameEn: provinces.nameEn,
      provinceNameZh: provinces.nameZh,
      partner: {
        id: partner.id,
        nameLocal: partner.nameLocal,
        nameRomanised: partner.nameRomanised,
        nameZh: partner.nameZh,
        stateName: partner.stateName,
      },
    })
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .leftJoin(provinces, eq(provinces.code, ours.provinceCode))
    .where(and(isNull(partnerships.archivedAt), where))
    .orderBy(statusRankSql, asc(partnerships.signedOn), asc(partnerships.id))
    .limit(limit)
    .all();
  const offices = officesOfPartnerships(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, offices: offices.get(r.id) ?? [] }));
}

/** Our side's offices to contact for each partnership (distinct office and role of its current contacts on our side). */
function officesOfPartnerships(db: DbOrTx, ids: number[]): Map<number, OfficeToContact[]> {
  const out = new Map<number, OfficeToContact[]>();
  if (ids.length === 0) return out;
  const rows = db
    .selectDistinct({ partnershipId: contacts.partnershipId, office: contacts.office, role: contacts.role })
    .from(contacts)
    .where(and(inArray(contacts.partnershipId, ids), eq(contacts.side, "ours"), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.partnershipId), asc(contacts.office), asc(contacts.role))
    .all();
  for (const { partnershipId, ...office } of rows) out.set(partnershipId, [...(out.get(partnershipId) ?? []), office]);
  return out;
}

/** A foreign locality as the search lists it. */
export type ForeignPlace = {
  id: number;
  nameLocal: string;
  nameRomanised: string;
  nameZh: string | null;
  countryCode: string;
  stateName: string | null;
  latitude: number | null;
  longitude: number | null;
};

const placeColumns = {
  id: localities.id,
  nameLocal: localities.nameLocal,
  nameRomanised: localities.nameRomanised,
  nameZh: localities.nameZh,
  countryCode: localities.countryCode,
  stateName: localities.stateName,
  latitude: localities.latitude,
  longitude: localities.longitude,
};

const currentForeign = and(ne(localities.countryCode, "CN"), isNull(localities.mergedIntoId), isNull(localities.archivedAt));

/**
 * The "who works with…" search, in any script: foreign localities by any of their names (the folded search key, as
 * every search box), states and prefectures by name, and countries by any of their names or their code.
 */
export function searchWhoWorksWith(db: DbOrTx, q: string) {
  const terms = searchTerms(q);
  const text = q.trim();
  if (terms.length === 0 || text.length === 0) return { places: [], states: [], countries: [] };
  const places = db
    .select(placeColumns)
    .from(localities)
    .where(and(currentForeign, ...terms.map((term) => containsText(localities.searchKey, term))))
    .orderBy(asc(sql`length(${localities.nameRomanised})`), asc(localities.nameRomanised), asc(localities.id))
    .limit(WHO_LIMITS.places)
    .all();
  const states = db
    .select({ countryCode: localities.countryCode, stateName: sql<string>`${localities.stateName}`, places: sql<number>`count(*)` })
    .from(localities)
    .where(and(currentForeign, containsText(localities.stateName, text)))
    .groupBy(localities.countryCode, localities.stateName)
    .orderBy(desc(sql`count(*)`), asc(localities.stateName))
    .limit(WHO_LIMITS.states)
    .all();
  const folded = terms.join("");
  const found = db
    .select({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh, nameNative: countries.nameNative })
    .from(countries)
    .where(
      and(
        ne(countries.code, "CN"),
        sql`(${countries.code} = ${text.toUpperCase()} or ${containsText(sql`lower(replace(${countries.nameEn}, ' ', ''))`, folded)} or ${containsText(
          countries.nameZh,
          text,
        )} or ${containsText(countries.nameNative, text)})`,
      ),
    )
    .orderBy(asc(countries.nameEn))
    .limit(WHO_LIMITS.countries)
    .all();
  return { places, states, countries: found };
}

/** One foreign locality (current or not), for the who-works-with panel; undefined for ours or an unknown id. */
export function foreignPlace(db: DbOrTx, id: number): ForeignPlace | undefined {
  return db
    .select(placeColumns)
    .from(localities)
    .where(and(eq(localities.id, id), ne(localities.countryCode, "CN")))
    .get();
}

/** Our localities' current partnerships with this foreign locality. */
export function partnershipsWith(db: DbOrTx, placeId: number, today: string): WhoPartnershipRow[] {
  return whoPartnerships(db, eq(partnerships.partnerLocalityId, placeId), today, WHO_LIMITS.partnerships);
}

/** Our partnerships with the other localities of a state or prefecture (all of them, or all but one place). */
export function partnershipsInState(db: DbOrTx, countryCode: string, stateName: string, today: string, exceptId?: number) {
  return whoPartnerships(
    db,
    and(eq(partner.countryCode, countryCode), eq(partner.stateName, stateName), exceptId ? ne(partner.id, exceptId) : undefined),
    today,
    WHO_LIMITS.partnerships,
  );
}

/**
 * Our partnerships with the places nearest to a foreign locality (same country, by coordinates): the partnered places
 * of the country within a box around it (bounded), sorted by distance here, the nearest few kept. Places of the
 * same state are left to partnershipsInState.
 */
export function partnershipsNearby(db: DbOrTx, place: ForeignPlace, today: string) {
  if (place.latitude === null || place.longitude === null) return [];
  const box = nearbyBox(place.latitude, place.longitude);
  const candidates = db
    .select(placeColumns)
    .from(localities)
    .where(
      and(
        eq(localities.countryCode, place.countryCode),
        ne(localities.id, place.id),
        isNull(localities.mergedIntoId),
        between(localities.latitude, box.minLat, box.maxLat),
        between(localities.longitude, box.minLng, box.maxLng),
        place.stateName ? sql`coalesce(${localities.stateName}, '') <> ${place.stateName}` : undefined,
        sql`exists (select 1 from ${partnerships} p where p.partner_locality_id = ${localities.id} and p.archived_at is null)`,
      ),
    )
    .limit(WHO_LIMITS.candidates)
    .all();
  const nearest = candidates
    .map((c) => ({ ...c, km: distanceKm(place.latitude!, place.longitude!, c.latitude!, c.longitude!) }))
    .sort((a, b) => a.km - b.km || a.id - b.id)
    .slice(0, WHO_LIMITS.neighbours);
  if (nearest.length === 0) return [];
  const km = new Map(nearest.map((n) => [n.id, n.km]));
  return whoPartnerships(
    db,
    inArray(
      partnerships.partnerLocalityId,
      nearest.map((n) => n.id),
    ),
    today,
    WHO_LIMITS.partnerships,
  )
    .map((r) => ({ ...r, km: km.get(r.partner.id) ?? 0 }))
    .sort((a, b) => a.km - b.km || a.id - b.id);
}

/**
 * Our localities partnered with a country: how many partnerships and localities in all, and the localities with the
 * most partnerships there (with their offices to contact).
 */
export function ourLocalitiesWithCountry(db: DbOrTx, countryCode: string) {
  const withCountry = and(eq(partner.countryCode, countryCode), isNull(partnerships.archivedAt));
  const totals = db
    .select({ partnerships: sql<number>`count(*)`, localities: sql<number>`count(distinct ${partnerships.ourLocalityId})` })
    .from(partner)
    .innerJoin(partnerships, eq(partnerships.partnerLocalityId, partner.id))
    .where(withCountry)
    .get() ?? { partnerships: 0, localities: 0 };
  const count = sql<number>`count(*)`;
  const top = db
    .select({
      id: ours.id,
      nameLocal: ours.nameLocal,
      nameRomanised: ours.nameRomanised,
      nameZh: ours.nameZh,
      provinceCode: ours.provinceCode,
      provinceNameEn: provinces.nameEn,
      provinceNameZh: provinces.nameZh,
      partnerships: count,
      lastSigned: sql<string | null>`max(${partnerships.signedOn})`,
    })
    .from(partner)
    .innerJoin(partnerships, eq(partnerships.partnerLocalityId, partner.id))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .leftJoin(provinces, eq(provinces.code, ours.provinceCode))
    .where(withCountry)
    .groupBy(ours.id)
    .orderBy(desc(count), asc(ours.nameRomanised))
    .limit(WHO_LIMITS.topLocalities)
    .all();
  const offices = officesOfOurLocalities(
    db,
    countryCode,
    top.map((t) => t.id),
  );
  return { ...totals, top: top.map((t) => ({ ...t, offices: offices.get(t.id) ?? [] })) };
}

/** The offices to contact of our localities' partnerships with a country (distinct office and role, a few each). */
function officesOfOurLocalities(db: DbOrTx, countryCode: string, ids: number[]): Map<number, OfficeToContact[]> {
  const out = new Map<number, OfficeToContact[]>();
  if (ids.length === 0) return out;
  const rows = db
    .selectDistinct({ localityId: partnerships.ourLocalityId, office: contacts.office, role: contacts.role })
    .from(partnerships)
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(contacts, eq(contacts.partnershipId, partnerships.id))
    .where(
      and(
        inArray(partnerships.ourLocalityId, ids),
        eq(partner.countryCode, countryCode),
        isNull(partnerships.archivedAt),
        eq(contacts.side, "ours"),
        isNull(contacts.archivedAt),
      ),
    )
    .orderBy(asc(partnerships.ourLocalityId), asc(contacts.office))
    .all();
  for (const { localityId, ...office } of rows) {
    const list = out.get(localityId) ?? [];
    if (list.length < 3) out.set(localityId, [...list, office]);
  }
  return out;
}

/** A country's names (for the panel's heading), or undefined. */
export function countryNames(db: DbOrTx, code: string) {
  return db.select().from(countries).where(eq(countries.code, code)).get();
}
