import { ACTIVITY_TRENDS, PARTNER_LANGUAGES, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { z } from "./zod";

export const PARTNER_LINK_MAX_DAYS = 60;

/** Creating a link for the partner city's contact. */
export const partnerLinkCreateSchema = z
  .object({
    evaluationId: z.coerce.number().int().positive(),
    language: z.enum(PARTNER_LANGUAGES),
    recipientEmail: z.union([z.literal(""), z.string().trim().toLowerCase().max(254).pipe(z.email())]),
    validDays: z.coerce.number().int().min(1).max(PARTNER_LINK_MAX_DAYS),
  })
  .strict();
export type PartnerLinkCreateInput = z.input<typeof partnerLinkCreateSchema>;

export const partnerLinkRevokeSchema = z.object({ id: z.coerce.number().int().positive() }).strict();

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
    comments: z.string().trim().max(2000),
  })
  .strict();
export type PartnerAnswer = z.output<typeof partnerAnswerSchema>;
