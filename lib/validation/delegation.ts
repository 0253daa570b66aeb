import { DELEGATION_DIRECTIONS, DELEGATION_STATUSES, LEADER_RANKS } from "@/lib/domain/enums";
import { endNotBeforeStart, idList, isoDateField, optionalText, optionalIsoDateField, recordId, versionField } from "./activity-fields";
import { cleanText } from "./text";
import { z } from "./zod";

export const MEMBERS_MAX = 100;
export const ITINERARY_MAX = 100;

export const memberFields = z.object({
  name: cleanText(120).min(1),
  title: optionalText(120),
  organisation: optionalText(200),
});

export const itineraryFields = z.object({
  date: isoDateField,
  place: optionalText(200),
  description: cleanText(500).min(1),
});

/** The delegation form, used by the pages and the server actions alike. */
export const delegationFields = z.object({
  direction: z.enum(DELEGATION_DIRECTIONS),
  partnershipIds: idList(1, 20),
  ourLocalityId: z
    .union([z.literal(""), z.null(), recordId])
    .optional()
    .transform((v) => (v === "" || v === null || v === undefined ? null : v)),
  leaderName: cleanText(120).min(1),
  leaderTitle: optionalText(120),
  leaderRank: z.enum(LEADER_RANKS),
  startDate: isoDateField,
  endDate: optionalIsoDateField,
  purpose: optionalText(2000, { multiLine: true }),
  status: z.enum(DELEGATION_STATUSES),
  outcomes: optionalText(5000, { multiLine: true }),
  members: z.array(memberFields).max(MEMBERS_MAX),
  itinerary: z.array(itineraryFields).max(ITINERARY_MAX),
  activityIds: idList(0, 50),
});

export const delegationCreateSchema = delegationFields.superRefine(endNotBeforeStart);
export type DelegationCreateInput = z.output<typeof delegationCreateSchema>;

export const delegationUpdateSchema = delegationFields.extend({ id: recordId, version: versionField }).superRefine(endNotBeforeStart);
export type DelegationUpdateInput = z.output<typeof delegationUpdateSchema>;

export const copyPeopleSchema = z.object({ id: recordId });
