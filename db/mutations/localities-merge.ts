import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, delegations, evaluations, localities, partnerships, users } from "@/db/schema";
import { runAudited, type Audit } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { now } from "@/lib/domain/clock";
import { can } from "@/lib/auth/permissions";
import type { OwnedRecord, Viewer } from "@/lib/auth/viewer";
import { AppError, ForbiddenError } from "@/lib/errors/app-error";
import { canEditLocality, nextSearchKey } from "./localities";
import { fieldError } from "./partnerships";

type LocalityRow = typeof localities.$inferSelect;
type PartnershipRow = typeof partnerships.$inferSelect;

const ownerOf = (l: Pick<LocalityRow, "id" | "provinceCode">): OwnedRecord => ({
  ownerLocalityId: l.id,
  ownerProvinceCode: l.provinceCode,
});

/**
 * Every record the merge rewrites must lie within the caller's scope both
 * before and after it (its owner may change from the source to the target):
 * each partnership by its locality on our side, and the activities,
 * delegations, evaluations and staff of the source. Otherwise a national
 * administrator has to do it.
 */
function assertMergeInScope(tx: Tx, viewer: Viewer, source: LocalityRow, target: LocalityRow, moving: PartnershipRow[]) {
  const inScope = (owner: OwnedRecord) => can(viewer, "localities.merge", owner);
  const owners: OwnedRecord[] = [];
  const otherOurs = moving.filter((p) => p.ourLocalityId !== source.id).map((p) => p.ourLocalityId);
  if (otherOurs.length > 0) {
    owners.push(
      ...tx
        .select({ id: localities.id, provinceCode: localities.provinceCode })
        .from(localities)
        .where(inArray(localities.id, otherOurs))
        .all()
        .map(ownerOf),
    );
  }
  const sourceOwns =
    moving.some((p) => p.ourLocalityId === source.id) ||
    [
      tx.select({ id: activities.id }).from(activities).where(eq(activities.organiserLocalityId, source.id)).get(),
      tx.select({ id: delegations.id }).from(delegations).where(eq(delegations.ourLocalityId, source.id)).get(),
      tx.select({ id: evaluations.id }).from(evaluations).where(eq(evaluations.localityId, source.id)).get(),
      tx.select({ id: users.id }).from(users).where(eq(users.localityId, source.id)).get(),
    ].some(Boolean);
  if (sourceOwns) owners.push(ownerOf(source), ownerOf(target));
  if (!owners.every(inScope)) throw new AppError("mergeOutsideScope");
}

export type MergeSummary = {
  from: number;
  into: number;
  partnerships: number[];
  activities: number;
  delegations: number;
  evaluations: number;
  users: number;
};

/**
 * Merges two records of the same place: the source's partnerships (with
 * their contacts and history) move to the target, so do its activities,
 * delegations, evaluations and staff; the source is kept, archived, and
 * points to the target. One transaction, audited on both records.
 */
export function mergeLocalities(
  db: Db,
  viewer: Viewer,
  m: { sourceId: number; targetId: number; sourceVersion: number; targetVersion: number },
): MergeSummary {
  return runAudited(db, viewer.id, (tx, audit) => {
    const source = getRowForUpdate(tx, localities, m.sourceId);
    const target = getRowForUpdate(tx, localities, m.targetId);
    if (!canEditLocality(tx, viewer, source, "localities.merge") || !canEditLocality(tx, viewer, target, "localities.merge"))
      throw new ForbiddenError();
    if (source.mergedIntoId || source.archivedAt) throw fieldError("sourceId", "localities.errors.alreadyMerged");
    if (target.mergedIntoId || target.archivedAt) throw fieldError("targetId", "localities.errors.alreadyMerged");
    if (source.countryCode !== target.countryCode) throw fieldError("targetId", "localities.errors.differentCountry");
    const moving = tx
      .select()
      .from(partnerships)
      .where(or(eq(partnerships.ourLocalityId, source.id), eq(partnerships.partnerLocalityId, source.id)))
      .all();
    assertMergeInScope(tx, viewer, source, target, moving);
    for (const p of moving) {
      const other = p.ourLocalityId === source.id ? p.partnerLocalityId : p.ourLocalityId;
      const clash = tx
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(
          or(
            and(eq(partnerships.ourLocalityId, target.id), eq(partnerships.partnerLocalityId, other)),
            and(eq(partnerships.ourLocalityId, other), eq(partnerships.partnerLocalityId, target.id)),
          ),
        )
        .get();
      if (clash) throw fieldError("targetId", "localities.errors.mergeClash", { id: clash.id });
    }
    const summaryBase = JSON.stringify({ from: source.id, into: target.id });
    for (const p of moving) {
      const after = tx
        .update(partnerships)
        .set({
          ourLocalityId: p.ourLocalityId === source.id ? target.id : p.ourLocalityId,
          partnerLocalityId: p.partnerLocalityId === source.id ? target.id : p.partnerLocalityId,
          version: sql`${partnerships.version} + 1`,
          updatedAt: now(),
          updatedBy: viewer.id,
        })
        .where(eq(partnerships.id, p.id))
        .returning()
        .get();
      audit({ action: "merge", entityType: "partnership", entityId: p.id, before: p, after, summary: summaryBase });
    }
    const moved = (n: { changes: number }) => n.changes;
    const summary: MergeSummary = {
      from: source.id,
      into: target.id,
      partnerships: moving.map((p) => p.id),
      activities: moved(
        tx.update(activities).set({ organiserLocalityId: target.id }).where(eq(activities.organiserLocalityId, source.id)).run(),
      ),
      delegations: moved(tx.update(delegations).set({ ourLocalityId: target.id }).where(eq(delegations.ourLocalityId, source.id)).run()),
      evaluations: moved(tx.update(evaluations).set({ localityId: target.id }).where(eq(evaluations.localityId, source.id)).run()),
      users: moved(tx.update(users).set({ localityId: target.id }).where(eq(users.localityId, source.id)).run()),
    };
    // The two localities' audit rows are "merge" rows carrying what moved.
    const mergeAudit: Audit = (entry) => audit({ ...entry, action: "merge", summary: JSON.stringify(summary) });
    setArchived(tx, mergeAudit, {
      table: localities,
      entityType: "locality",
      id: source.id,
      expectedVersion: m.sourceVersion,
      actorId: viewer.id,
      archived: true,
      values: { mergedIntoId: target.id },
    });
    updateVersioned(tx, mergeAudit, {
      table: localities,
      entityType: "locality",
      id: target.id,
      expectedVersion: m.targetVersion,
      actorId: viewer.id,
      values: { searchKey: nextSearchKey(target, target, source.searchKey) },
    });
    return summary;
  });
}
