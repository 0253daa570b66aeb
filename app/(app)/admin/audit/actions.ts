"use server";

import { restoreVersion } from "@/db/mutations/restore-version";
import { defineAction } from "@/lib/server/define-action";
import { restoreVersionSchema } from "@/lib/validation/restore-version";

const PAGE: Record<string, string> = {
  partnership: "partnerships",
  locality: "localities",
  contact: "contacts",
  activity: "activities",
  delegation: "delegations",
};

/**
 * Brings an earlier version of a record back, from the audit log or a
 * record's history tab. The role needs records.edit; the mutation checks the
 * record's scope (see db/mutations/restore-version.ts for who may).
 */
export const restoreVersionAction = defineAction({
  schema: restoreVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => restoreVersion(db, viewer, input),
  revalidate: ({ entityType, entityId }) => [
    "/admin/audit",
    `/${PAGE[entityType]}`,
    `/${PAGE[entityType]}/${entityId}`,
    `/${PAGE[entityType]}/${entityId}/history`,
  ],
});
