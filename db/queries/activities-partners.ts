import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activityPartnerships, delegationPartnerships, localities, partnerships } from "@/db/schema";

/** A record's partnership, with both places' names in every form (the reader's language picks one: lib/domain/locality-name.ts). */
export type PartnerName = {
  partnershipId: number;
  name: string;
  romanised: string;
  zh: string | null;
  countryCode: string;
  ourName: string;
  ourRomanised: string;
  ourZh: string | null;
  ourLocalityId: number;
};

const partner = alias(localities, "partner");
const ours = alias(localities, "ours");

function partnerColumns() {
  return {
    partnershipId: partnerships.id,
    name: partner.nameLocal,
    romanised: partner.nameRomanised,
    zh: partner.nameZh,
    countryCode: partner.countryCode,
    ourName: ours.nameLocal,
    ourRomanised: ours.nameRomanised,
    ourZh: ours.nameZh,
    ourLocalityId: partnerships.ourLocalityId,
  };
}

function group<K>(rows: (PartnerName & { key: K })[]): Map<K, PartnerName[]> {
  const out = new Map<K, PartnerName[]>();
  for (const { key, ...row } of rows) out.set(key, [...(out.get(key) ?? []), row]);
  return out;
}

/** The partner localities of each activity. */
export function partnersOfActivities(db: DbOrTx, ids: number[]): Map<number, PartnerName[]> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ key: activityPartnerships.activityId, ...partnerColumns() })
    .from(activityPartnerships)
    .innerJoin(partnerships, eq(partnerships.id, activityPartnerships.partnershipId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .where(inArray(activityPartnerships.activityId, ids))
    .orderBy(partner.nameRomanised)
    .all();
  return group(rows);
}

/** The partner localities of each delegation. */
export function partnersOfDelegations(db: DbOrTx, ids: number[]): Map<number, PartnerName[]> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ key: delegationPartnerships.delegationId, ...partnerColumns() })
    .from(delegationPartnerships)
    .innerJoin(partnerships, eq(partnerships.id, delegationPartnerships.partnershipId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .where(inArray(delegationPartnerships.delegationId, ids))
    .orderBy(partner.nameRomanised)
    .all();
  return group(rows);
}
