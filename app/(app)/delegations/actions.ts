"use server";

import { createDelegation, setDelegationArchived, updateDelegation } from "@/db/mutations/delegations";
import { delegationPeople } from "@/db/queries/delegations-copy";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { recordVersionSchema } from "@/lib/validation/activity";
import { copyPeopleSchema, delegationCreateSchema, delegationUpdateSchema } from "@/lib/validation/delegation";

export const createDelegationAction = defineAction({
  schema: delegationCreateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => createDelegation(db, viewer, input),
  revalidate: ["/delegations", "/calendar"],
});

export const updateDelegationAction = defineAction({
  schema: delegationUpdateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => updateDelegation(db, viewer, input),
  revalidate: (data) => ["/delegations", `/delegations/${data.id}`, "/calendar"],
});

export const archiveDelegationAction = defineAction({
  schema: recordVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setDelegationArchived(db, viewer, input, true),
  revalidate: (data) => ["/delegations", `/delegations/${data.id}`],
});

export const restoreDelegationAction = defineAction({
  schema: recordVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setDelegationArchived(db, viewer, input, false),
  revalidate: (data) => ["/delegations", `/delegations/${data.id}`],
});

/** The leader and members of an earlier delegation in the viewer's scope, to start a new one from. */
export const copyDelegationPeopleAction = defineAction({
  schema: copyPeopleSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => {
    const people = delegationPeople(db, input.id);
    if (!people) throw new NotFoundError();
    if (!can(viewer, "records.edit", { ownerLocalityId: people.ourLocalityId, ownerProvinceCode: people.ownerProvinceCode }))
      throw new ForbiddenError();
    return { leaderName: people.leaderName, leaderTitle: people.leaderTitle, leaderRank: people.leaderRank, members: people.members };
  },
});
