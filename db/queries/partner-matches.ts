import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { LocalityLevel, Region } from "@/lib/domain/enums";

/*
 * Matches for a partner-seeking post, from the directory. Every query is bounded: candidates
 * are read by the country or province index, counted through the partnerships indexes (by our
 * side's id, by the partner's id), and cut to a short list before anything else is read.
 */

const MATCHES = 20;
const INTRODUCERS_EACH = 5;

type Place = { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null };
export type ForeignMatch = Place & { level: LocalityLevel; stateName: string | null; chinesePartners: number; introducers: Introducer[] };
type Introducer = Place & { partnershipId: number; status: string | null; provinceCode: string | null };
export type OurMatch = Place & {
  level: LocalityLevel;
  provinceCode: string | null;
  inCountry: number;
  partnerships: number;
};

const levelsIn = (levels: readonly LocalityLevel[], column: string) =>
  levels.length === 0
    ? sql`1`
    : sql`${sql.raw(column)} IN (${sql.join(
        levels.map((l) => sql`${l}`),
        sql`, `,
      )})`;

/**
 * For one of our localities seeking a partner in a country: the country's localities (of the
 * levels sought) it is not yet partnered with, those that already have Chinese partners first
 * (someone can introduce), each with a few of our localities that work with it.
 */
export function foreignMatches(
  db: DbOrTx,
  post: { seekerLocalityId: number; countryCode: string; levels: readonly LocalityLevel[] },
): ForeignMatch[] {
  const rows = db.all<Omit<ForeignMatch, "introducers">>(sql`
    SELECT l.id, l.name_local AS nameLocal, l.name_romanised AS nameRomanised, l.name_zh AS nameZh, l.level, l.state_name AS stateName,
      (SELECT count(*) FROM partnerships p WHERE p.partner_locality_id = l.id AND p.archived_at IS NULL) AS chinesePartners
    FROM localities l
    WHERE l.country_code = ${post.countryCode} AND l.merged_into_id IS NULL AND l.archived_at IS NULL
      AND ${levelsIn(post.levels, "l.level")}
      AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.our_locality_id = ${post.seekerLocalityId} AND p.partner_locality_id = l.id AND p.archived_at IS NULL)
    ORDER BY chinesePartners DESC, l.name_romanised
    LIMIT ${MATCHES}`);
  const introducers = introducersOf(
    db,
    rows.filter((r) => r.chinesePartners > 0).map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, introducers: introducers.get(r.id) ?? [] }));
}

/** Our localities that work with each of these foreign ones (a few each, the best-kept partnerships first). */
function introducersOf(db: DbOrTx, partnerIds: number[]): Map<number, Introducer[]> {
  const out = new Map<number, Introducer[]>();
  if (partnerIds.length === 0) return out;
  const rows = db.all<Introducer & { partnerId: number }>(sql`
    SELECT * FROM (
      SELECT p.partner_locality_id AS partnerId, p.id AS partnershipId, p.status, o.id, o.name_local AS nameLocal,
        o.name_romanised AS nameRomanised, o.name_zh AS nameZh, o.province_code AS provinceCode,
        row_number() OVER (PARTITION BY p.partner_locality_id ORDER BY CASE p.status WHEN 'very_good' THEN 0 WHEN 'good' THEN 1 WHEN 'maintaining_contact' THEN 2 ELSE 3 END, p.id) AS n
      FROM partnerships p JOIN localities o ON o.id = p.our_locality_id
      WHERE p.partner_locality_id IN (${sql.join(
        partnerIds.map((id) => sql`${id}`),
        sql`, `,
      )}) AND p.archived_at IS NULL
    ) WHERE n <= ${INTRODUCERS_EACH}`);
  for (const { partnerId, ...row } of rows) out.set(partnerId, [...(out.get(partnerId) ?? []), row]);
  return out;
}

/** Our localities in the seeker's province (itself aside) with partners in the country, the most first. */
export function neighboursWithCountry(db: DbOrTx, post: { seekerLocalityId: number; provinceCode: string; countryCode: string }) {
  return db.all<Place & { inCountry: number }>(sql`
    SELECT o.id, o.name_local AS nameLocal, o.name_romanised AS nameRomanised, o.name_zh AS nameZh, count(*) AS inCountry
    FROM localities o
    JOIN partnerships p ON p.our_locality_id = o.id AND p.archived_at IS NULL
    JOIN localities f ON f.id = p.partner_locality_id
    WHERE o.province_code = ${post.provinceCode} AND o.country_code = 'CN' AND o.id <> ${post.seekerLocalityId}
      AND o.merged_into_id IS NULL AND f.country_code = ${post.countryCode}
    GROUP BY o.id
    ORDER BY inCountry DESC, o.name_romanised
    LIMIT ${MATCHES}`);
}

/**
 * For a foreign locality seeking a Chinese partner: our localities in the province or region
 * sought (of the levels sought), not yet its partners, those with the fewest partners in its
 * country first, then the fewest partners at all (the report: the West has few; they gain most).
 */
export function ourMatches(
  db: DbOrTx,
  post: {
    seekerLocalityId: number;
    countryCode: string;
    provinceCode: string | null;
    region: Region | null;
    levels: readonly LocalityLevel[];
  },
): OurMatch[] {
  const area = post.provinceCode
    ? sql`o.province_code = ${post.provinceCode}`
    : sql`o.province_code IN (SELECT code FROM provinces WHERE region = ${post.region})`;
  return db.all<OurMatch>(sql`
    SELECT o.id, o.name_local AS nameLocal, o.name_romanised AS nameRomanised, o.name_zh AS nameZh, o.level, o.province_code AS provinceCode,
      (SELECT count(*) FROM partnerships p JOIN localities f ON f.id = p.partner_locality_id
        WHERE p.our_locality_id = o.id AND p.archived_at IS NULL AND f.country_code = ${post.countryCode}) AS inCountry,
      (SELECT count(*) FROM partnerships p WHERE p.our_locality_id = o.id AND p.archived_at IS NULL) AS partnerships
    FROM localities o
    WHERE ${area} AND o.country_code = 'CN' AND o.merged_into_id IS NULL AND o.archived_at IS NULL
      AND ${levelsIn(post.levels, "o.level")}
      AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.our_locality_id = o.id AND p.partner_locality_id = ${post.seekerLocalityId} AND p.archived_at IS NULL)
    ORDER BY inCountry, partnerships, o.name_romanised
    LIMIT ${MATCHES}`);
}
