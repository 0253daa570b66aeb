import { ACTIVITY_CATEGORIES, CASE_STATUSES, PARTNER_LANGUAGES } from "@/lib/domain/enums";
import { tagsField } from "./activity";
import { idList, optionalIsoDateField, recordId, versionField } from "./activity-fields";
import { listParamsSchema, optionalEnum } from "./list-params";
import { cleanText, multiLineText } from "./text";
import { z } from "./zod";

/** A case's body (Markdown) may be long, but not a book. */
export const CASE_BODY_MAX = 20_000;

/** The case form, used by the new and edit pages and by their server actions alike. */
const caseFields = z.object({
  title: cleanText(200).min(1),
  summary: multiLineText(1000).min(1),
  body: multiLineText(CASE_BODY_MAX).min(1),
  category: z.enum(ACTIVITY_CATEGORIES),
  language: z.enum(PARTNER_LANGUAGES),
  tags: tagsField,
  partnershipIds: idList(0, 20),
  localityIds: idList(0, 20),
  activityIds: idList(0, 20),
  startDate: optionalIsoDateField,
  endDate: optionalIsoDateField,
  /** Save as a draft (only its office sees it) or publish. */
  status: z.enum(CASE_STATUSES),
});

function endNotBeforeStart(v: { startDate: string | null; endDate: string | null }, ctx: z.RefinementCtx) {
  if (v.endDate && !v.startDate) ctx.addIssue({ code: "custom", path: ["startDate"], message: "validation.required" });
  if (v.endDate && v.startDate && v.endDate < v.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.endBeforeStart" });
}

export const caseCreateSchema = caseFields
  .extend({
    /** The activity it is written up from ("Write up as a case"). */
    sourceActivityId: z
      .union([z.literal(""), z.null(), recordId])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
  })
  .superRefine(endNotBeforeStart);
export type CaseCreateInput = z.output<typeof caseCreateSchema>;

export const caseUpdateSchema = caseFields.extend({ id: recordId, version: versionField }).superRefine(endNotBeforeStart);
export type CaseUpdateInput = z.output<typeof caseUpdateSchema>;

/** Archive, restore, feature, unfeature, show again: the case and the version the page showed. */
export const caseVersionSchema = z.object({ id: recordId, version: versionField });

/** Hiding a case needs a reason, shown to its author. */
export const caseHideSchema = caseVersionSchema.extend({ reason: multiLineText(500).min(1) });

/** `/sharing/cases?q&category&language&tag&province&featured=1&mine=1&drafts=1&archived=1&page` */
export const caseListSchema = listParamsSchema(["published"] as const, { sort: "published", dir: "desc" }).extend({
  category: optionalEnum(ACTIVITY_CATEGORIES),
  language: optionalEnum(PARTNER_LANGUAGES),
  tag: cleanText(40).optional().catch(undefined),
  province: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  featured: optionalEnum(["1"] as const),
  mine: optionalEnum(["1"] as const),
  drafts: optionalEnum(["1"] as const),
  archived: optionalEnum(["1"] as const),
});
export type CaseListParams = z.output<typeof caseListSchema>;

/** `/sharing/cases/new?activity=<id>`: the activity a case is written up from. */
export const casePrefillSchema = z.object({ activity: recordId.optional().catch(undefined) });
