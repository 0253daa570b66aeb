"use server";

import { archiveSavedView, createSavedView, updateSavedView } from "@/db/mutations/saved-views";
import { defineAction } from "@/lib/server/define-action";
import { archiveSavedViewSchema, createSavedViewSchema, updateSavedViewSchema } from "@/lib/validation/saved-view";

// Everyone signed in keeps views of what they may read; only the owner changes one (db/mutations/saved-views.ts).
// The sidebar lists them on every page, hence the layout's revalidation.

export const createSavedViewAction = defineAction({
  schema: createSavedViewSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => ({ id: createSavedView(db, viewer, input) }),
  revalidate: ["/", "/saved-views"],
});

export const updateSavedViewAction = defineAction({
  schema: updateSavedViewSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => ({ id: updateSavedView(db, viewer, input) }),
  revalidate: ["/", "/saved-views"],
});

export const archiveSavedViewAction = defineAction({
  schema: archiveSavedViewSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => ({ id: archiveSavedView(db, viewer, input.id, input.version) }),
  revalidate: ["/", "/saved-views"],
});
