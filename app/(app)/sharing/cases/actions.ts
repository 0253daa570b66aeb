"use server";

import { createCase, moderateCase, setCaseArchived, updateCase } from "@/db/mutations/cases";
import { defineAction } from "@/lib/server/define-action";
import { caseCreateSchema, caseHideSchema, caseUpdateSchema, caseVersionSchema } from "@/lib/validation/case";

const LIST = "/sharing/cases";
const pages = (data: { id: number }) => [LIST, `${LIST}/${data.id}`];

export const createCaseAction = defineAction({
  schema: caseCreateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => createCase(db, viewer, input),
  revalidate: pages,
});

export const updateCaseAction = defineAction({
  schema: caseUpdateSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => updateCase(db, viewer, input),
  revalidate: pages,
});

export const archiveCaseAction = defineAction({
  schema: caseVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setCaseArchived(db, viewer, input, true),
  revalidate: pages,
});

export const restoreCaseAction = defineAction({
  schema: caseVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => setCaseArchived(db, viewer, input, false),
  revalidate: pages,
});

export const featureCaseAction = defineAction({
  schema: caseVersionSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => moderateCase(db, viewer, input, { action: "feature" }),
  revalidate: pages,
});

export const unfeatureCaseAction = defineAction({
  schema: caseVersionSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => moderateCase(db, viewer, input, { action: "unfeature" }),
  revalidate: pages,
});

export const hideCaseAction = defineAction({
  schema: caseHideSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) =>
    moderateCase(db, viewer, { id: input.id, version: input.version }, { action: "hide", reason: input.reason }),
  revalidate: pages,
});

export const unhideCaseAction = defineAction({
  schema: caseVersionSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => moderateCase(db, viewer, input, { action: "unhide" }),
  revalidate: pages,
});
