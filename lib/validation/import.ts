import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind } from "@/lib/import/fields";
import { intFromForm } from "./number";
import { z } from "./zod";

export const IMPORT_ENCODINGS = ["utf-8", "gb18030", "big5", "shift_jis", "euc-kr", "utf-16le", "windows-1252"] as const;
export const IMPORT_DELIMITERS = [",", ";", "\t", "|"] as const;
export const TEMPLATE_FORMATS = ["xlsx", "csv"] as const;

const recordId = intFromForm(1, 2_000_000_000);
const MAX_COLUMNS = 200;

export const importKindSchema = z.enum(IMPORT_KINDS);

/** How a draft is read and mapped: what the mapping form sends with "preview". */
export function importSettingsSchema(kind: ImportKind) {
  const fields = IMPORT_FIELDS[kind].map((f) => f.key) as [string, ...string[]];
  return z
    .object({
      version: recordId,
      options: z
        .object({
          encoding: z.enum(IMPORT_ENCODINGS).optional(),
          delimiter: z.enum(IMPORT_DELIMITERS).optional(),
          sheet: z.string().max(100).optional(),
          headerRow: intFromForm(1, 1000).optional(),
        })
        .strict(),
      mapping: z.partialRecord(z.enum(fields), z.number().int().min(0).max(MAX_COLUMNS - 1)),
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
export const undoImportSchema = z.object({ id: recordId, version: recordId }).strict();
export const templateSchema = z.object({ kind: importKindSchema, format: z.enum(TEMPLATE_FORMATS) }).strict();
