import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { localities, partnerships } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { editableLocalitySql } from "./activities-scope";
import { containsText, searchTerms } from "./search";

export type PartnershipOption = {
  id: number;
  ourLocalityId: number;
  ourName: string;
  ourRomanised: string;
  ourZh: string | null;
  partnerName: string;
  partnerRomanised: string;
  partnerZh: string | null;
  countryCode: string;
};

const ours = alias(localities, "ours");
const partner = alias(localities, "partner");

function select(db: DbOrTx) {
  return db
    .select({
      id: partnerships.id,
      ourLocalityId: partnerships.ourLocalityId,
      ourName: ours.nameLocal,
      ourRomanised: ours.nameRomanised,
      ourZh: ours.nameZh,
      partnerName: partner.nameLocal,
      partnerRomanised: partner.nameRomanised,
      partnerZh: partner.nameZh,
      countryCode: partner.countryCode,
    })
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId));
}

/**
 * The type-ahead of the partnership pickers: each word must match our
 * locality or the partner, in any script. When picking for a write, only
 * the partnerships the viewer may edit are offered.
 */
export function searchPartnershipOptions(
  db: DbOrTx,
  viewer: Viewer,
  opts: { q: string; forWrite: boolean; limit?: number },
): PartnershipOption[] {
  const terms = searchTerms(opts.q);
  const conditions: SQL[] = [isNull(partnerships.archivedAt)];
  if (opts.forWrite) conditions.push(editableLocalitySql(viewer, partnerships.ourLocalityId));
  for (const term of terms) {
    conditions.push(sql`(${containsText(ours.searchKey, term)} or ${containsText(partner.searchKey, term)})`);
  }
  return select(db)
    .where(and(...conditions))
    .orderBy(asc(ours.nameLocal), asc(partner.nameRomanised))
    .limit(opts.limit ?? 20)
    .all();
}

/** The named partnerships, as options (for a form's current values and a prefilled quick-log). */
export function partnershipOptionsByIds(db: DbOrTx, ids: number[]): PartnershipOption[] {
  if (ids.length === 0) return [];
  const rows = select(db).where(inArray(partnerships.id, ids)).all();
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is PartnershipOption => Boolean(r));
}
