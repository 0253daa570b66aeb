import { eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { localities, partnerships } from "@/db/schema";
import { scopeCondition, scopeFor } from "@/lib/auth/permissions";
import type { OwnedRecord, Viewer } from "@/lib/auth/viewer";

/**
 * A condition on a locality id column: the localities whose records this
 * viewer may edit (their own, their province's, all, or none).
 */
export function editableLocalitySql(viewer: Viewer, localityId: SQLWrapper): SQL {
  const provinceCode = sql`(select ${localities.provinceCode} from ${localities} where ${localities.id} = ${localityId})`;
  return scopeCondition(scopeFor(viewer, "records.edit"), { localityId, provinceCode }) ?? sql`1`;
}

/** The owner a record is scoped by, from the locality on our side. */
export function ownerOfLocality(db: DbOrTx, localityId: number): OwnedRecord | null {
  const row = db.select({ province: localities.provinceCode }).from(localities).where(eq(localities.id, localityId)).get();
  return row ? { ownerLocalityId: localityId, ownerProvinceCode: row.province } : null;
}

export type PartnershipScope = { id: number; ourLocalityId: number; ownerProvinceCode: string | null; archived: boolean };

/** Owners of the given partnerships (missing ones are left out). */
export function partnershipScopes(db: DbOrTx, ids: number[]): PartnershipScope[] {
  if (ids.length === 0) return [];
  return db
    .select({
      id: partnerships.id,
      ourLocalityId: partnerships.ourLocalityId,
      ownerProvinceCode: localities.provinceCode,
      archivedAt: partnerships.archivedAt,
    })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.ourLocalityId))
    .where(inArray(partnerships.id, ids))
    .all()
    .map((r) => ({ id: r.id, ourLocalityId: r.ourLocalityId, ownerProvinceCode: r.ownerProvinceCode, archived: r.archivedAt !== null }));
}
