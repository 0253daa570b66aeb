import { CONTACT_SIDES } from "@/lib/domain/enums";
import { idList } from "./activity-fields";
import { listParamsSchema, optionalEnum, optionalInt, scopeParam } from "./list-params";
import { z } from "./zod";

export const CONTACT_SORTS = ["name", "office", "partnership", "side"] as const;

/** /contacts and /contacts/export: search, filters, the "my city / whole country" switch, paging and columns. */
export const contactListSchema = listParamsSchema(CONTACT_SORTS, { sort: "name" }).extend({
  scope: scopeParam,
  partnership: optionalInt(1, 2_000_000_000),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  side: optionalEnum(CONTACT_SIDES),
});
export type ContactListParams = z.output<typeof contactListSchema>;

/** The activity form's checklist asks for the contacts of the partnerships it has chosen. */
export const partnershipContactsSchema = z.object({ partnershipIds: idList(0, 20) }).strict();
