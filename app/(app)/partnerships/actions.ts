"use server";

import { archiveContact, createContact, updateContact } from "@/db/mutations/contacts";
import { createPartnership, setPartnershipArchived, updatePartnership } from "@/db/mutations/partnerships";
import { findPair } from "@/db/queries/partnerships";
import { defineAction } from "@/lib/server/define-action";
import { archiveContactSchema, contactSchema, updateContactSchema } from "@/lib/validation/contact";
import { archivePartnershipSchema, findPairSchema, partnershipSchema, updatePartnershipSchema } from "@/lib/validation/partnership";

export const createPartnershipAction = defineAction({
  schema: partnershipSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: createPartnership(db, viewer, input) }),
  revalidate: ["/partnerships", "/localities"],
});

export const updatePartnershipAction = defineAction({
  schema: updatePartnershipSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input: { id, version, ...values } }) => ({ id: updatePartnership(db, viewer, id, version, values) }),
  revalidate: (data) => ["/partnerships", `/partnerships/${data.id}`],
});

export const archivePartnershipAction = defineAction({
  schema: archivePartnershipSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: setPartnershipArchived(db, viewer, input.id, input.version, input.archived) }),
  revalidate: (data) => ["/partnerships", `/partnerships/${data.id}`],
});

/** The duplicate guard, asked as soon as both sides are chosen. */
export const findPairAction = defineAction({
  schema: findPairSchema,
  capability: "records.read",
  handler: ({ db, input }) => findPair(db, input.ourLocalityId, input.partnerLocalityId, input.exceptId) ?? null,
});

export const createContactAction = defineAction({
  schema: contactSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: createContact(db, viewer, input), partnershipId: input.partnershipId }),
  revalidate: (data) => [`/partnerships/${data.partnershipId}`],
});

export const updateContactAction = defineAction({
  schema: updateContactSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input: { id, version, ...values } }) => ({ partnershipId: updateContact(db, viewer, id, version, values) }),
  revalidate: (data) => [`/partnerships/${data.partnershipId}`],
});

export const archiveContactAction = defineAction({
  schema: archiveContactSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ partnershipId: archiveContact(db, viewer, input.id, input.version) }),
  revalidate: (data) => [`/partnerships/${data.partnershipId}`],
});
