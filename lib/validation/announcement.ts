import { isoDate, optionalIsoDate } from "./iso-date";
import { recordId, requiredText, versionField } from "./partnership-fields";
import { intFromForm } from "./number";
import { multiLineText } from "./text";
import { z } from "./zod";

/** The audience field: everyone, or one province by its code. */
export const EVERYONE = "all";

const fields = z
  .object({
    title: requiredText(200),
    /** Markdown, rendered sanitised. */
    body: multiLineText(20000).min(1),
    audience: z.string().regex(/^(all|[A-Z]{2})$/, { message: "validation.invalidChoice" }),
    validFrom: isoDate,
    validUntil: optionalIsoDate(),
  })
  .strict();

const untilAfterFrom = (v: { validFrom: string; validUntil?: string | null }) => !v.validUntil || v.validUntil >= v.validFrom;
const untilAfterFromError = { path: ["validUntil"], message: "validation.endBeforeStart" };

/** The announcement form, shared by the form and the create action. */
export const announcementFormSchema = fields.refine(untilAfterFrom, untilAfterFromError);
export type AnnouncementFormInput = z.input<typeof announcementFormSchema>;
export type AnnouncementFormValues = z.output<typeof announcementFormSchema>;

/** Editing: the same form at the version the author saw. */
export const updateAnnouncementSchema = fields
  .extend({ id: recordId, version: versionField })
  .strict()
  .refine(untilAfterFrom, untilAfterFromError);
export type UpdateAnnouncementValues = z.output<typeof updateAnnouncementSchema>;

/** Archiving or restoring one, at the version shown. */
export const announcementVersionSchema = z.object({ id: recordId, version: versionField }).strict();

/** Marking one read (the dashboard's "Dismiss"). */
export const announcementIdSchema = z.object({ id: recordId }).strict();

/** The audience a form value names: null for everyone, else a province code. */
export const audienceProvince = (audience: string): string | null => (audience === EVERYONE ? null : audience);

/** The list's URL: its page (anything malformed is the first). */
export const announcementListSchema = z.object({ page: intFromForm(1, 100000).catch(1) });
