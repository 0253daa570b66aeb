import { ACTIVITY_CATEGORIES, LOCALITY_LEVELS, PARTNERSHIP_PURPOSES, REGIONS, SEEKING_SIDES, SEEKING_STATUSES } from "@/lib/domain/enums";
import { BOARD_STATES } from "@/lib/domain/partner-request-state";
import { optionalIsoDate } from "./iso-date";
import { listParamsSchema, optionalEnum } from "./list-params";
import { optionalText, recordId, requiredText, versionField } from "./partnership-fields";
import { optionalCountry, optionalProvince } from "./partnership-list";
import { multiLineText } from "./text";
import { z } from "./zod";

/** A country (two letters) or province (two or three) code chosen in a select: "" or null is none. */
const optionalCode = (pattern: RegExp) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(pattern)
    .or(z.literal(""))
    .nullable()
    .transform((v) => v || null);

const optionalRegion = z
  .enum(REGIONS)
  .or(z.literal(""))
  .nullable()
  .transform((v) => v || null);

/**
 * A partner-seeking post (寻友信息), the form and the server action alike. Side "ours": one of our
 * localities seeks a partner in a country; side "foreign": a foreign locality (recorded by an
 * administrator) seeks a partner in a Chinese province or region. Empty lists mean "any".
 */
const fields = z
  .object({
    side: z.enum(SEEKING_SIDES),
    seekerLocalityId: recordId,
    wantedCountryCode: optionalCode(/^[A-Z]{2}$/),
    wantedProvinceCode: optionalCode(/^[A-Z]{2,3}$/),
    wantedRegion: optionalRegion,
    wantedLevels: z.array(z.enum(LOCALITY_LEVELS)).max(LOCALITY_LEVELS.length),
    purposes: z.array(z.enum(PARTNERSHIP_PURPOSES)).max(PARTNERSHIP_PURPOSES.length),
    categories: z.array(z.enum(ACTIVITY_CATEGORIES)).max(ACTIVITY_CATEGORIES.length),
    title: requiredText(120),
    description: optionalText(4000, { multiLine: true }),
    closesOn: optionalIsoDate(),
  })
  .strict();

/** What is sought must be named: a country abroad (ours), a province or region of China (foreign). */
function wantedPlace<T extends z.output<typeof fields>>(v: T, ctx: z.RefinementCtx<T>) {
  if (v.side === "ours" && !v.wantedCountryCode)
    ctx.addIssue({ code: "custom", path: ["wantedCountryCode"], message: "validation.required" });
  if (v.side === "ours" && v.wantedCountryCode === "CN")
    ctx.addIssue({ code: "custom", path: ["wantedCountryCode"], message: "validation.invalidChoice" });
  if (v.side === "foreign" && !v.wantedProvinceCode && !v.wantedRegion)
    ctx.addIssue({ code: "custom", path: ["wantedProvinceCode"], message: "validation.required" });
}

export const partnerRequestSchema = fields.superRefine(wantedPlace);
export type PartnerRequestInput = z.input<typeof partnerRequestSchema>;
export type PartnerRequestValues = z.output<typeof partnerRequestSchema>;

const recordVersion = { id: recordId, version: versionField };

/** Editing a post at the version the form was loaded with (its side stays as it was). */
export const updatePartnerRequestSchema = fields.extend(recordVersion).superRefine(wantedPlace);
export type UpdatePartnerRequestValues = z.output<typeof updatePartnerRequestSchema>;

/** Marking a post found or closed, or reopening it. */
export const partnerRequestStatusSchema = z.object({ ...recordVersion, status: z.enum(SEEKING_STATUSES) }).strict();

/** Archiving a post (never deleted). */
export const archivePartnerRequestSchema = z.object(recordVersion).strict();

/** A response to a post: a message to its office. */
export const partnerResponseSchema = z.object({ requestId: recordId, message: multiLineText(2000).min(1) }).strict();
export type PartnerResponseValues = z.output<typeof partnerResponseSchema>;

/** A field of cooperation in the board's filter: a purpose ("p.<purpose>") or an activity category ("c.<category>"). */
const FIELD_VALUES = [...PARTNERSHIP_PURPOSES.map((p) => `p.${p}` as const), ...ACTIVITY_CATEGORIES.map((c) => `c.${c}` as const)] as const;

/** /sharing/board?side&country&province&field&state&page&pageSize */
export const boardListSchema = listParamsSchema(["closes", "created"] as const, { sort: "created", dir: "desc" }).extend({
  side: optionalEnum(SEEKING_SIDES),
  country: optionalCountry,
  province: optionalProvince,
  field: optionalEnum(FIELD_VALUES as unknown as readonly [string, ...string[]]),
  state: optionalEnum(BOARD_STATES),
});
export type BoardListParams = z.output<typeof boardListSchema>;
