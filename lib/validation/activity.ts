import { ACTIVITY_CATEGORIES, ACTIVITY_LOCATIONS } from "@/lib/domain/enums";
import {
  endNotBeforeStart,
  idList,
  isoDateField,
  optionalCount,
  optionalIsoDateField,
  optionalText,
  recordId,
  versionField,
} from "./activity-fields";
import { optionalDecimal } from "./partnership-fields";
import { cleanString, cleanText } from "./text";
import { z } from "./zod";

export const TAG_MAX = 20;

/**
 * Tags typed as "youth, robotics": cleaned (an invisible tag is none), de-duplicated, at most 20
 * of 40 characters; a tag with hidden direction characters or a broken character is refused.
 */
export const tagsField = z
  .union([z.string().max(1000), z.array(z.string().max(40)).max(TAG_MAX)])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? "").split(/[,，、]/)).map((t) => cleanString(t)).filter(Boolean))])
  .pipe(z.array(cleanText(40)).max(TAG_MAX));

const costCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .max(3)
  .nullable()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^[A-Z]{3}$/.test(v), { message: "validation.invalidFormat" });

/** A decimal amount in digits ("1200.50"); not "0x10" or "1e3", and "" is none, not 0. */
const costAmount = optionalDecimal(0, 1_000_000_000_000)
  .optional()
  .transform((v) => v ?? null);

/** The activity form, used by the quick-log, the edit page and the server actions alike. */
export const activityFields = z.object({
  title: cleanText(200).min(1),
  category: z.enum(ACTIVITY_CATEGORIES),
  startDate: isoDateField,
  endDate: optionalIsoDateField,
  location: z.enum(ACTIVITY_LOCATIONS),
  locationDetail: optionalText(200),
  partnershipIds: idList(1, 20),
  /** Our organiser; when empty, the first partnership's locality. */
  organiserLocalityId: z
    .union([z.literal(""), z.null(), recordId])
    .optional()
    .transform((v) => (v === "" || v === null || v === undefined ? null : v)),
  participantsOurs: optionalCount(1_000_000),
  participantsPartner: optionalCount(1_000_000),
  participantNames: optionalText(4000, { multiLine: true }),
  description: optionalText(5000, { multiLine: true }),
  outcomes: optionalText(5000, { multiLine: true }),
  costAmount,
  costCurrency,
  tags: tagsField,
  /** Registry contacts who took part (of the chosen partnerships); absent: the links stay as they are. */
  contactIds: idList(0, 50).optional(),
});

function costNeedsCurrency(v: { costAmount: number | null; costCurrency: string | null }, ctx: z.RefinementCtx) {
  if (v.costAmount !== null && v.costCurrency === null) {
    ctx.addIssue({ code: "custom", path: ["costCurrency"], message: "validation.required" });
  }
}

export const activityCreateSchema = activityFields.superRefine(endNotBeforeStart).superRefine(costNeedsCurrency);
export type ActivityCreateInput = z.output<typeof activityCreateSchema>;

export const activityUpdateSchema = activityFields
  .extend({ id: recordId, version: versionField })
  .superRefine(endNotBeforeStart)
  .superRefine(costNeedsCurrency);
export type ActivityUpdateInput = z.output<typeof activityUpdateSchema>;

/** Archive or restore: the record and the version the user saw. */
export const recordVersionSchema = z.object({ id: recordId, version: versionField });

/** The type-ahead of the pickers. */
export const optionSearchSchema = z.object({
  q: cleanText(100),
  forWrite: z.boolean().optional(),
  partnershipIds: z.array(recordId).max(20).optional(),
});
