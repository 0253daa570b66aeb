import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, activityPartnerships } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActivityCreateInput, ActivityUpdateInput } from "@/lib/validation/activity";
import { writeActivityContacts } from "./activity-contacts";
import { assertMayEdit, resolveOwner, sameIds } from "./exchange-links";

function columns(input: ActivityCreateInput, organiserLocalityId: number) {
  return {
    title: input.title,
    category: input.category,
    startDate: input.startDate,
    endDate: input.endDate,
    location: input.location,
    locationDetail: input.locationDetail,
    organiserLocalityId,
    participantsOurs: input.participantsOurs,
    participantsPartner: input.participantsPartner,
    participantNames: input.participantNames,
    description: input.description,
    outcomes: input.outcomes,
    costAmount: input.costAmount,
    costCurrency: input.costAmount === null ? null : input.costCurrency,
    tags: input.tags,
  };
}

/** Logs an activity for one or several partnerships in the viewer's scope. */
export function createActivity(db: Db, viewer: Viewer, input: ActivityCreateInput): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const organiser = resolveOwner(tx, viewer, {
      partnershipIds: input.partnershipIds,
      localityId: input.organiserLocalityId,
      field: "organiserLocalityId",
    });
    const row = tx
      .insert(activities)
      .values({ ...columns(input, organiser), createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    tx.insert(activityPartnerships)
      .values(input.partnershipIds.map((partnershipId) => ({ activityId: row.id, partnershipId })))
      .run();
    writeActivityContacts(tx, null, row.id, input.contactIds ?? [], input.partnershipIds);
    audit({
      action: "create",
      entityType: "activity",
      entityId: row.id,
      after: { ...row, partnershipIds: input.partnershipIds, contactIds: input.contactIds ?? [] },
    });
    return { id: row.id };
  });
}

function linkedPartnerships(tx: Tx, id: number): number[] {
  return tx
    .select({ id: activityPartnerships.partnershipId })
    .from(activityPartnerships)
    .where(eq(activityPartnerships.activityId, id))
    .all()
    .map((r) => r.id);
}

/** Saves an edited activity if it is still at the version the form was loaded with. */
export function updateActivity(db: Db, viewer: Viewer, input: ActivityUpdateInput): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, activities, input.id);
    assertMayEdit(tx, viewer, current.organiserLocalityId);
    const before = linkedPartnerships(tx, input.id);
    const organiser = resolveOwner(tx, viewer, {
      partnershipIds: input.partnershipIds,
      localityId: input.organiserLocalityId,
      field: "organiserLocalityId",
      alreadyLinked: before,
    });
    updateVersioned(tx, audit, {
      table: activities,
      entityType: "activity",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: columns(input, organiser),
    });
    if (!sameIds(before, input.partnershipIds)) {
      tx.delete(activityPartnerships).where(eq(activityPartnerships.activityId, input.id)).run();
      tx.insert(activityPartnerships)
        .values(input.partnershipIds.map((partnershipId) => ({ activityId: input.id, partnershipId })))
        .run();
      audit({
        action: "update",
        entityType: "activity",
        entityId: input.id,
        before: { partnershipIds: before },
        after: { partnershipIds: input.partnershipIds },
        summary: "partnerships",
      });
    }
    if (input.contactIds) writeActivityContacts(tx, audit, input.id, input.contactIds, input.partnershipIds);
    return { id: input.id };
  });
}

/** Archives (never deletes) or restores an activity. */
export function setActivityArchived(db: Db, viewer: Viewer, input: { id: number; version: number }, archived: boolean): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, activities, input.id);
    assertMayEdit(tx, viewer, current.organiserLocalityId);
    setArchived(tx, audit, {
      table: activities,
      entityType: "activity",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      archived,
    });
    return { id: input.id };
  });
}
