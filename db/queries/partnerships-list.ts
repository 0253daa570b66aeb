import { count, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { partnerships } from "@/db/schema";
import type { QueryScope } from "@/lib/auth/permissions";
import type { PartnershipLevel, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import type { PartnershipListParams } from "@/lib/validation/partnership-list";
import {
  ours,
  partner,
  partnershipComputedColumns,
  partnershipConditions,
  partnershipOrder,
  selectPartnerships,
  type PartnershipListContext,
} from "./partnerships-filter";
import { localityNameColumns } from "./locality-columns";

export type PartnershipRow = {
  id: number;
  ours: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; provinceCode: string | null };
  partner: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; stateName: string | null; countryCode: string };
  countryName: string;
  signedOn: string | null;
  type: PartnershipType;
  level: PartnershipLevel;
  status: PartnershipStatus | null;
  archived: boolean;
  lastActivity: string | null;
  activities12m: number;
};

/**
 * One page of the registry: the database filters, counts, sorts and pages
 * (partnerships-filter.ts defines how); the activity columns are correlated
 * subqueries, computed for the page only (unless the page is sorted by them).
 */
export function listPartnerships(
  db: DbOrTx,
  params: PartnershipListParams & { within?: QueryScope },
  opts: PartnershipListContext,
): { rows: PartnershipRow[]; total: number; page: number } {
  const where = partnershipConditions(params);
  const total = selectPartnerships(db, { n: count() }).where(where).get()?.n ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(params.page, lastPage);
  const ids = selectPartnerships(db, { id: partnerships.id })
    .where(where)
    .orderBy(...partnershipOrder(params, opts))
    .limit(params.pageSize)
    .offset((page - 1) * params.pageSize)
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, page };
  const details = selectPartnerships(db, {
    id: partnerships.id,
    ours: { ...localityNameColumns(ours), provinceCode: ours.provinceCode },
    partner: {
      ...localityNameColumns(partner),
      stateName: partner.stateName,
      countryCode: partner.countryCode,
    },
    signedOn: partnerships.signedOn,
    type: partnerships.type,
    level: partnerships.level,
    status: partnerships.status,
    archivedAt: partnerships.archivedAt,
    ...partnershipComputedColumns(opts),
  })
    .where(inArray(partnerships.id, ids))
    .all();
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    const { archivedAt, ...rest } = d;
    return [{ ...rest, archived: archivedAt !== null, activities12m: Number(d.activities12m) }];
  });
  return { rows, total, page };
}
