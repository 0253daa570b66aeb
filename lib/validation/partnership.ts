import { PARTNERSHIP_LEVELS, PARTNERSHIP_TYPES } from "@/lib/domain/enums";
import { isoDateBetween, optionalIsoDate } from "./iso-date";
import { optionalText, recordId, versionField } from "./partnership-fields";
import { z } from "./zod";

/** The partnership form, for creating and editing alike. */
export const partnershipSchema = z
  .object({
    ourLocalityId: recordId,
    partnerLocalityId: recordId,
    type: z.enum(PARTNERSHIP_TYPES),
    level: z.enum(PARTNERSHIP_LEVELS),
    signedOn: optionalIsoDate(isoDateBetween("1800-01-01", "2200-12-31")),
    signatories: optionalText(500),
    agreementLocation: optionalText(300),
    notes: optionalText(4000, { multiLine: true }),
  })
  .strict();
export type PartnershipInput = z.input<typeof partnershipSchema>;
export type PartnershipValues = z.output<typeof partnershipSchema>;

export const updatePartnershipSchema = partnershipSchema.extend({ id: recordId, version: versionField }).strict();

/** Archive (archived: true) or restore (false) at the version the page showed. */
export const archivePartnershipSchema = z.object({ id: recordId, version: versionField, archived: z.boolean() }).strict();

/** The duplicate guard's question: is this pair (in either order) already registered? */
export const findPairSchema = z.object({ ourLocalityId: recordId, partnerLocalityId: recordId, exceptId: recordId.optional() }).strict();
