import { recordId, versionField } from "./partnership-fields";
import { z } from "./zod";

/** "Restore this version": the audit entry holding it, which of its snapshots, and the record's version the page showed. */
export const restoreVersionSchema = z
  .object({
    auditId: recordId,
    side: z.enum(["before", "after"]),
    version: versionField,
  })
  .strict();
