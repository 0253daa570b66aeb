import { ACTIVITY_TRENDS, PARTNER_LANGUAGES, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { intFromForm } from "./number";
import { cleanText, multiLineText } from "./text";
import { z } from "./zod";

export const PARTNER_LINK_MAX_DAYS = 60;

const positiveId = intFromForm(1, Number.MAX_SAFE_INTEGER);

/** Creating a link for the partner city's contact. */
export const partnerLinkCreateSchema = z
  .object({
    evaluationId: positiveId,
    language: z.enum(PARTNER_LANGUAGES),
    recipientEmail: z.union([z.literal(""), cleanText(254).toLowerCase().pipe(z.email())]),
    validDays: intFromForm(1, PARTNER_LINK_MAX_DAYS),
  })
  .strict();

export const partnerLinkRevokeSchema = z.object({ id: positiveId }).strict();

/**
 * The partner side's short questionnaire. Messages are codes the partner
 * page translates itself (it has its own four languages).
 */
export const partnerAnswerSchema = z
  .object({
    token: z.string().max(100),
    status: z.enum(PARTNERSHIP_STATUSES),
    trend: z.enum(ACTIVITY_TRENDS),
    purposes: z.array(z.enum(PARTNERSHIP_PURPOSES)).max(PARTNERSHIP_PURPOSES.length),
    comments: multiLineText(2000),
  })
  .strict();
export type PartnerAnswer = z.output<typeof partnerAnswerSchema>;
