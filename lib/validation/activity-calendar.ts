import { ACTIVITY_CATEGORIES, DELEGATION_DIRECTIONS, DELEGATION_STATUSES } from "@/lib/domain/enums";
import { exchangeFilterFields } from "./activity-list";
import { optionalEnum } from "./list-params";
import { cleanText } from "./text";
import { z } from "./zod";

/** The calendar's URL: a month, what to show, and the lists' filters. Malformed values fall back. */
export function calendarSchema(today: string) {
  return z.object({
    month: z
      .string()
      .regex(/^(19[5-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/)
      .catch(today.slice(0, 7)),
    kind: optionalEnum(["activities", "delegations"] as const),
    q: cleanText(200).catch(""),
    category: optionalEnum(ACTIVITY_CATEGORIES),
    direction: optionalEnum(DELEGATION_DIRECTIONS),
    status: optionalEnum(DELEGATION_STATUSES),
    partnership: exchangeFilterFields.partnership,
    country: exchangeFilterFields.country,
    province: exchangeFilterFields.province,
    region: exchangeFilterFields.region,
    locality: exchangeFilterFields.locality,
    scope: exchangeFilterFields.scope,
  });
}
export type CalendarParams = z.output<ReturnType<typeof calendarSchema>>;
