import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { PartnershipStatus } from "@/lib/domain/enums";
import type { StatFilters } from "@/lib/domain/statistics-filters";
import { PARTNERSHIP_FROM, partnershipWhere, type StatScope } from "./statistics-scope";

/** A partnership on the map; both places in every name form (the reader's language picks one: pairName). */
export type MapPair = {
  id: number;
  ourLocal: string;
  ourRomanised: string;
  ourZh: string | null;
  ourLat: number | null;
  ourLng: number | null;
  partnerLocal: string;
  partnerRomanised: string;
  partnerZh: string | null;
  partnerLat: number | null;
  partnerLng: number | null;
  countryCode: string;
  status: PartnershipStatus | null;
};

/** Every partnership in scope with both ends' coordinates, for the map and the list beside it. */
export function getMapPairs(db: DbOrTx, scope: StatScope, filters: StatFilters): MapPair[] {
  return db.all<MapPair>(sql`select ps.id as id, o.name_local as ourLocal, o.name_romanised as ourRomanised, o.name_zh as ourZh, o.latitude as ourLat, o.longitude as ourLng,
      p.name_local as partnerLocal, p.name_romanised as partnerRomanised, p.name_zh as partnerZh, p.latitude as partnerLat, p.longitude as partnerLng,
      p.country_code as countryCode, ps.status as status
    from ${PARTNERSHIP_FROM} where ${partnershipWhere(scope, filters)}
    order by o.name_romanised, p.name_romanised`);
}

/** A locality's partnerships (on either side, not archived) with both ends' coordinates, for the small map of its page. */
export function getLocalityMapPairs(db: DbOrTx, localityId: number): MapPair[] {
  return db.all<MapPair>(sql`select ps.id as id, o.name_local as ourLocal, o.name_romanised as ourRomanised, o.name_zh as ourZh, o.latitude as ourLat, o.longitude as ourLng,
      p.name_local as partnerLocal, p.name_romanised as partnerRomanised, p.name_zh as partnerZh, p.latitude as partnerLat, p.longitude as partnerLng,
      p.country_code as countryCode, ps.status as status
    from ${PARTNERSHIP_FROM} where ps.archived_at is null and (ps.our_locality_id = ${localityId} or ps.partner_locality_id = ${localityId})
    order by p.name_romanised, o.name_romanised`);
}
