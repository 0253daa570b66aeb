import { isoDate } from "./iso-date";
import { intFromForm } from "./number";
import { cleanText, multiLineText } from "./text";
import { z } from "./zod";

const code = z.string().regex(/^[A-Z]{2}$/);

const positiveId = intFromForm(1, Number.MAX_SAFE_INTEGER);

export const CAMPAIGN_YEAR_MIN = 2000;
export const CAMPAIGN_YEAR_MAX = 2100;

const campaignFields = z
  .object({
    title: cleanText(200).min(1),
    year: intFromForm(CAMPAIGN_YEAR_MIN, CAMPAIGN_YEAR_MAX),
    opensOn: isoDate,
    closesOn: isoDate,
    scopeProvinces: z.array(code).max(40),
    scopeCountries: z.array(code).max(250),
    instructions: multiLineText(5000),
  })
  .strict();
const closesAfterOpening = (v: { opensOn: string; closesOn: string }) => v.closesOn >= v.opensOn;
const closesAfterOpeningError = { path: ["closesOn"], message: "validation.endBeforeStart" };

/** The campaign form; the server also checks that every code exists. */
export const campaignFormSchema = campaignFields.refine(closesAfterOpening, closesAfterOpeningError);
/** Editing a campaign: the same form, at the version the administrator saw. */
export const updateCampaignSchema = campaignFields
  .extend({ id: positiveId, version: positiveId })
  .strict()
  .refine(closesAfterOpening, closesAfterOpeningError);
export type CampaignFormInput = z.input<typeof campaignFormSchema>;
export type CampaignFormValues = z.output<typeof campaignFormSchema>;

/** Opening or closing a campaign: which one, at the version the administrator saw. */
export const campaignTransitionSchema = z.object({ id: positiveId, version: positiveId }).strict();

/** A campaign id from the URL. */
export const idParamSchema = positiveId;

export function parseId(raw: string): number | null {
  const parsed = idParamSchema.safeParse(raw);
  return parsed.success && /^\d+$/.test(raw) ? parsed.data : null;
}
