import type { DbOrTx } from "@/db/connection";
import { FIELD_LABELS } from "@/lib/import/field-labels";
import { guessMapping } from "@/lib/import/header-synonyms";
import type { ColumnMapping, ImportKind } from "@/lib/import/fields";
import { rememberedMapping } from "./drafts";

/**
 * The mapping a new file starts with: the user's remembered one where its headers are in this file,
 * then guesses from the headers for the fields still open.
 */
export function initialMapping(db: DbOrTx, userId: number, kind: ImportKind, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const [field, header] of Object.entries(rememberedMapping(db, userId, kind) ?? {})) {
    const column = headers.indexOf(header);
    if (column >= 0 && !used.has(column)) {
      mapping[field] = column;
      used.add(column);
    }
  }
  for (const [field, column] of Object.entries(guessMapping(kind, headers, FIELD_LABELS))) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
