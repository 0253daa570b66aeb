"use server";

import { findLikelyDuplicates } from "@/db/queries/localities-duplicates";
import { defineAction } from "@/lib/server/define-action";
import { localityDuplicatesSchema } from "@/lib/validation/locality-duplicates";

/** The locality form's duplicate warning, asked as names are typed: likely duplicates in the same country. */
export const findLocalityDuplicatesAction = defineAction({
  schema: localityDuplicatesSchema,
  capability: "records.read",
  handler: ({ db, input }) =>
    findLikelyDuplicates(db, {
      countryCode: input.countryCode,
      names: [input.nameLocal, input.nameRomanised, input.nameZh],
      exceptId: input.exceptId,
    }),
});
