import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind } from "@/lib/import/fields";
import { IMPORT_DELIMITERS } from "@/lib/import/read/detect-delimiter";
import { IMPORT_ENCODINGS } from "@/lib/import/read/detect-encoding";
import { intFromForm } from "./number";
import { z } from "./zod";

export const TEMPLATE_FORMATS = ["xlsx", "csv"] as const;

const recordId = intFromForm(1, 2_000_000_000);

/** A label the runtime can decode (detection may name one beyond the list offered, e.g. euc-jp). */
function isDecoderLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
const MAX_COLUMNS = 200;

/** An import's id from a URL path. */
export const importIdSchema = recordId;

export const importKindSchema = z.enum(IMPORT_KINDS);

/** How a draft is read and mapped: what the mapping form sends with "preview". */
export function importSettingsSchema(kind: ImportKind) {
  const fields = IMPORT_FIELDS[kind].map((f) => f.key) as [string, ...string[]];
  return z
    .object({
      version: recordId,
      options: z
        .object({
          encoding: z
            .string()
            .max(40)
            .refine((label) => (IMPORT_ENCODINGS as readonly string[]).includes(label) || isDecoderLabel(label), {
              message: "validation.invalidChoice",
            })
            .optional(),
          delimiter: z.enum(IMPORT_DELIMITERS).optional(),
          sheet: z.string().max(100).optional(),
          headerRow: intFromForm(1, 1000).optional(),
        })
        .strict(),
      mapping: z.partialRecord(
        z.enum(fields),
        z
          .number()
          .int()
          .min(0)
          .max(MAX_COLUMNS - 1),
      ),
      valueMap: z
        .partialRecord(z.enum(fields), z.record(z.string().max(500), z.string().max(100)))
        .refine((m) => Object.values(m).reduce((n, values) => n + Object.keys(values ?? {}).length, 0) <= 2000, {
          message: "validation.invalidChoice",
        }),
    })
    .strict()
    .refine((v) => new Set(Object.values(v.mapping)).size === Object.values(v.mapping).length, {
      path: ["mapping"],
      message: "validation.invalidChoice",
    });
}

export const commitImportSchema = z.object({ version: recordId, skipFailures: z.boolean() }).strict();
/** An import acted on as a whole (undo, discard) at the version the page showed. */
export const importVersionSchema = z.object({ id: recordId, version: recordId }).strict();
export const templateSchema = z.object({ kind: importKindSchema, format: z.enum(TEMPLATE_FORMATS) }).strict();
