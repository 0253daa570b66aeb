import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, delegationActivities, delegationItinerary, delegationMembers, delegationPartnerships, delegations } from "@/db/schema";
import { runAudited, type Audit } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors/app-error";
import type { DelegationCreateInput, DelegationUpdateInput } from "@/lib/validation/delegation";
import { assertMayEdit, resolveOwner, sameIds } from "./exchange-links";

function columns(input: DelegationCreateInput, ourLocalityId: number) {
  return {
    direction: input.direction,
    ourLocalityId,
    leaderName: input.leaderName,
    leaderTitle: input.leaderTitle,
    leaderRank: input.leaderRank,
    startDate: input.startDate,
    endDate: input.endDate,
    purpose: input.purpose,
    status: input.status,
    outcomes: input.outcomes,
  };
}

function children(tx: Tx, id: number) {
  return {
    partnershipIds: tx
      .select({ id: delegationPartnerships.partnershipId })
      .from(delegationPartnerships)
      .where(eq(delegationPartnerships.delegationId, id))
      .all()
      .map((r) => r.id),
    activityIds: tx
      .select({ id: delegationActivities.activityId })
      .from(delegationActivities)
      .where(eq(delegationActivities.delegationId, id))
      .all()
      .map((r) => r.id),
  };
}

/** Linked activities must exist and be the viewer's to change (a link changes both records). */
function checkActivities(tx: Tx, viewer: Viewer, ids: number[], alreadyLinked: number[]) {
  for (const id of ids) {
    if (alreadyLinked.includes(id)) continue;
    const row = tx
      .select({ owner: activities.organiserLocalityId, archivedAt: activities.archivedAt })
      .from(activities)
      .where(eq(activities.id, id))
      .get();
    if (!row || row.archivedAt) throw new AppError("invalidInput", {}, { activityIds: ["delegations.validation.activityUnavailable"] });
    assertMayEdit(tx, viewer, row.owner);
  }
}

/** Replaces members, itinerary and links of a delegation with the form's. */
function writeChildren(
  tx: Tx,
  id: number,
  input: DelegationCreateInput,
  before: { partnershipIds: number[]; activityIds: number[] } | null,
  audit: Audit,
) {
  tx.delete(delegationMembers).where(eq(delegationMembers.delegationId, id)).run();
  tx.delete(delegationItinerary).where(eq(delegationItinerary.delegationId, id)).run();
  if (input.members.length)
    tx.insert(delegationMembers)
      .values(input.members.map((m, position) => ({ delegationId: id, position, ...m })))
      .run();
  if (input.itinerary.length)
    tx.insert(delegationItinerary)
      .values(input.itinerary.map((i, position) => ({ delegationId: id, position, ...i })))
      .run();
  if (!before || !sameIds(before.partnershipIds, input.partnershipIds)) {
    tx.delete(delegationPartnerships).where(eq(delegationPartnerships.delegationId, id)).run();
    tx.insert(delegationPartnerships)
      .values(input.partnershipIds.map((partnershipId) => ({ delegationId: id, partnershipId })))
      .run();
  }
  if (!before || !sameIds(before.activityIds, input.activityIds)) {
    tx.delete(delegationActivities).where(eq(delegationActivities.delegationId, id)).run();
    if (input.activityIds.length)
      tx.insert(delegationActivities)
        .values(input.activityIds.map((activityId) => ({ delegationId: id, activityId })))
        .run();
  }
  audit({
    action: before ? "update" : "create",
    entityType: "delegation",
    entityId: id,
    before: before ? { ...before } : null,
    after: { partnershipIds: input.partnershipIds, activityIds: input.activityIds, members: input.members, itinerary: input.itinerary },
    summary: "members, itinerary and links",
  });
}

export function createDelegation(db: Db, viewer: Viewer, input: DelegationCreateInput): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const owner = resolveOwner(tx, viewer, {
      partnershipIds: input.partnershipIds,
      localityId: input.ourLocalityId,
      field: "ourLocalityId",
    });
    checkActivities(tx, viewer, input.activityIds, []);
    const row = tx
      .insert(delegations)
      .values({ ...columns(input, owner), createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    const { partnershipIds, activityIds, members, itinerary } = input;
    audit({
      action: "create",
      entityType: "delegation",
      entityId: row.id,
      after: { ...row, partnershipIds, activityIds, members, itinerary },
    });
    writeChildren(tx, row.id, input, null, () => undefined); // already in the creation's audit row
    return { id: row.id };
  });
}

/** Saves an edited delegation if it is still at the version the form was loaded with. */
export function updateDelegation(db: Db, viewer: Viewer, input: DelegationUpdateInput): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, delegations, input.id);
    assertMayEdit(tx, viewer, current.ourLocalityId);
    const before = children(tx, input.id);
    const owner = resolveOwner(tx, viewer, {
      partnershipIds: input.partnershipIds,
      localityId: input.ourLocalityId,
      field: "ourLocalityId",
      alreadyLinked: before.partnershipIds,
    });
    checkActivities(tx, viewer, input.activityIds, before.activityIds);
    updateVersioned(tx, audit, {
      table: delegations,
      entityType: "delegation",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: columns(input, owner),
    });
    writeChildren(tx, input.id, input, before, audit);
    return { id: input.id };
  });
}

export function setDelegationArchived(db: Db, viewer: Viewer, input: { id: number; version: number }, archived: boolean): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, delegations, input.id);
    assertMayEdit(tx, viewer, current.ourLocalityId);
    setArchived(tx, audit, {
      table: delegations,
      entityType: "delegation",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      archived,
    });
    return { id: input.id };
  });
}
