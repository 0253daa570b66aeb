"use server";

import { discardDraft } from "@/db/imports/drafts";
import { undoImport } from "@/db/imports/undo";
import { defineAction } from "@/lib/server/define-action";
import { importVersionSchema } from "@/lib/validation/import";

// Who may undo is decided in db/imports/drafts.ts (canManageImport); what blocks it in db/imports/undo.ts.
export const undoImportAction = defineAction({
  schema: importVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ records: undoImport(db, viewer, input.id, input.version) }),
  revalidate: ["/imports", "/partnerships", "/activities", "/evaluations"],
});

export const discardImportAction = defineAction({
  schema: importVersionSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: discardDraft(db, viewer, input.id, input.version) }),
  revalidate: ["/imports"],
});
