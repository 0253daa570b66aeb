import { and, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { activities, delegations, evaluations, localities, partnerships, users } from "@/db/schema";
import { runAudited, type Audit } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors/app-error";
import { canEditLocality, nextSearchKey } from "./localities";
import { fieldError } from "./partnerships";

export type MergeSummary = { from: number; into: number; partnerships: number[]; activities: number; delegations: number; evaluations: number; users: number };

/**
 * Merges two records of the same place: the source's partnerships (with
 * their contacts and history) move to the target, so do its activities,
 * delegations, evaluations and staff; the source is kept, archived, and
 * points to the target. One transaction, audited on both records.
 */
export function mergeLocalities(db: Db, viewer: Viewer, m: { sourceId: number; targetId: number; sourceVersion: number; targetVersion: number }): MergeSummary {
  return runAudited(db, viewer.id, (tx, audit) => {
    const source = getRowForUpdate(tx, localities, m.sourceId);
    const target = getRowForUpdate(tx, localities, m.targetId);
    if (!canEditLocality(tx, viewer, source, "localities.merge") || !canEditLocality(tx, viewer, target, "localities.merge")) throw new ForbiddenError();
    if (source.mergedIntoId || source.archivedAt) throw fieldError("sourceId", "localities.errors.alreadyMerged");
    if (target.mergedIntoId || target.archivedAt) throw fieldError("targetId", "localities.errors.alreadyMerged");
    if (source.countryCode !== target.countryCode) throw fieldError("targetId", "localities.errors.differentCountry");
    const moving = tx
      .select()
      .from(partnerships)
      .where(or(eq(partnerships.ourLocalityId, source.id), eq(partnerships.partnerLocalityId, source.id)))
      .all();
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
          updatedAt: new Date(),
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
      activities: moved(tx.update(activities).set({ organiserLocalityId: target.id }).where(eq(activities.organiserLocalityId, source.id)).run()),
      delegations: moved(tx.update(delegations).set({ ourLocalityId: target.id }).where(eq(delegations.ourLocalityId, source.id)).run()),
      evaluations: moved(tx.update(evaluations).set({ localityId: target.id }).where(eq(evaluations.localityId, source.id)).run()),
      users: moved(tx.update(users).set({ localityId: target.id }).where(eq(users.localityId, source.id)).run()),
    };
    // The two localities' audit rows are "merge" rows carrying what moved.
    const mergeAudit: Audit = (entry) => audit({ ...entry, action: "merge", summary: JSON.stringify(summary) });
    updateVersioned(tx, mergeAudit, {
      table: localities,
      entityType: "locality",
      id: source.id,
      expectedVersion: m.sourceVersion,
      actorId: viewer.id,
      values: { mergedIntoId: target.id, archivedAt: new Date() },
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
