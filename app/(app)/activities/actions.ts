"use server";

import { archiveAttachment } from "@/db/mutations/attachments";
import { createActivity, setActivityArchived, updateActivity } from "@/db/mutations/activities";
import { searchActivityOptions } from "@/db/queries/activities-options";
import { searchPartnershipOptions } from "@/db/queries/partnership-options";
import { defineAction } from "@/lib/server/define-action";
import { activityCreateSchema, activityUpdateSchema, optionSearchSchema, recordVersionSchema } from "@/lib/validation/activity";
import { attachmentArchiveSchema } from "@/lib/validation/attachment";
import { attachmentOwnerPage } from "@/lib/domain/attachments";

export const createActivityAction = defineAction({
  schema: activityCreateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => createActivity(db, viewer, input),
  revalidate: ["/activities", "/calendar"],
});

export const updateActivityAction = defineAction({
  schema: activityUpdateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => updateActivity(db, viewer, input),
  revalidate: (data) => ["/activities", `/activities/${data.id}`, "/calendar"],
});

export const archiveActivityAction = defineAction({
  schema: recordVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setActivityArchived(db, viewer, input, true),
  revalidate: (data) => ["/activities", `/activities/${data.id}`],
});

export const restoreActivityAction = defineAction({
  schema: recordVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setActivityArchived(db, viewer, input, false),
  revalidate: (data) => ["/activities", `/activities/${data.id}`],
});

/** The partnership pickers' type-ahead; for a write, only partnerships the viewer may edit. */
export const searchPartnershipOptionsAction = defineAction({
  schema: optionSearchSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => searchPartnershipOptions(db, viewer, { q: input.q, forWrite: input.forWrite ?? true }),
});

/** The delegation form's activity picker: activities the viewer may link. */
export const searchActivityOptionsAction = defineAction({
  schema: optionSearchSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => searchActivityOptions(db, viewer, { q: input.q, partnershipIds: input.partnershipIds }),
});

export const archiveAttachmentAction = defineAction({
  schema: attachmentArchiveSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => archiveAttachment(db, viewer, input.id),
  revalidate: (data) => [attachmentOwnerPage(data.ownerType, data.ownerId)],
});
