import { CONTACT_SIDES } from "@/lib/domain/enums";
import { optionalText, recordId, requiredText, versionField } from "./partnership-fields";
import { cleanText } from "./text";
import { z } from "./zod";

/** A contact on either side of a partnership. */
export const contactSchema = z
  .object({
    partnershipId: recordId,
    side: z.enum(CONTACT_SIDES),
    office: optionalText(200),
    personName: requiredText(120),
    role: optionalText(120),
    email: cleanText(254)
      .nullable()
      .refine((v) => v === null || v === "" || z.email().safeParse(v).success, { message: "validation.email" })
      .transform((v) => (v === "" || v === null ? null : v.toLowerCase())),
    phone: cleanText(40)
      .nullable()
      .refine((v) => v === null || v === "" || /^[+()\d][\d\s()+\-./]*$/.test(v), { message: "validation.invalidFormat" })
      .transform((v) => (v === "" || v === null ? null : v)),
    languages: optionalText(120),
  })
  .strict();
export type ContactInput = z.input<typeof contactSchema>;
export type ContactValues = z.output<typeof contactSchema>;

export const updateContactSchema = contactSchema.extend({ id: recordId, version: versionField }).strict();
export const archiveContactSchema = z.object({ id: recordId, version: versionField }).strict();
