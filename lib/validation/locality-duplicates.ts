import { recordId } from "./partnership-fields";
import { cleanText } from "./text";
import { z } from "./zod";

/** The duplicate warning's question: the names typed so far in the locality form, and its country. */
export const localityDuplicatesSchema = z
  .object({
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: "validation.invalidChoice" }),
    nameLocal: cleanText(120),
    nameRomanised: cleanText(160),
    nameZh: cleanText(120).optional(),
    exceptId: recordId.optional(),
  })
  .strict();
