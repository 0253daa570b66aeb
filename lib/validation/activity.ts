import { ACTIVITY_CATEGORIES, ACTIVITY_LOCATIONS } from "@/lib/domain/enums";
import { endNotBeforeStart, idList, isoDateField, optionalCount, optionalIsoDateField, optionalText, recordId, versionField } from "./activity-fields";
import { z } from "./zod";

export const TAG_MAX = 20;

/** Tags typed as "youth, robotics": trimmed, de-duplicated, at most 20 of 40 characters. */
const tagsField = z
  .union([z.string().max(1000), z.array(z.string().max(40)).max(TAG_MAX)])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? "").split(/[,，、]/)).map((t) => t.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(40)).max(TAG_MAX));

const costCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .max(3)
  .nullable()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^[A-Z]{3}$/.test(v), { message: "validation.invalidFormat" });

const costAmount = z
  .union([z.literal(""), z.null(), z.coerce.number().min(0).max(1_000_000_000_000)])
  .optional()
  .transform((v) => (v === "" || v === null || v === undefined ? null : v));

/** The activity form, used by the quick-log, the edit page and the server actions alike. */
export const activityFields = z.object({
  title: z.string().trim().min(1).max(200),
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
  participantNames: optionalText(4000),
  description: optionalText(5000),
  outcomes: optionalText(5000),
  costAmount,
  costCurrency,
  tags: tagsField,
});

function costNeedsCurrency(v: { costAmount: number | null; costCurrency: string | null }, ctx: z.RefinementCtx) {
  if (v.costAmount !== null && v.costCurrency === null) {
    ctx.addIssue({ code: "custom", path: ["costCurrency"], message: "validation.required" });
  }
}

export const activityCreateSchema = activityFields.superRefine(endNotBeforeStart).superRefine(costNeedsCurrency);
export type ActivityCreateInput = z.output<typeof activityCreateSchema>;
export type ActivityFormValues = z.input<typeof activityCreateSchema>;

export const activityUpdateSchema = activityFields
  .extend({ id: recordId, version: versionField })
  .superRefine(endNotBeforeStart)
  .superRefine(costNeedsCurrency);
export type ActivityUpdateInput = z.output<typeof activityUpdateSchema>;
export type ActivityUpdateValues = z.input<typeof activityUpdateSchema>;

/** Archive or restore: the record and the version the user saw. */
export const recordVersionSchema = z.object({ id: recordId, version: versionField });

/** The type-ahead of the pickers. */
export const optionSearchSchema = z.object({
  q: z.string().trim().max(100),
  forWrite: z.boolean().optional(),
  partnershipIds: z.array(recordId).max(20).optional(),
});
