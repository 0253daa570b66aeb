import { ACTIVITY_CATEGORIES, REGIONS } from "@/lib/domain/enums";
import { isoDateParam } from "./iso-date";
import { listParamsSchema, optionalEnum, optionalInt, scopeParam } from "./list-params";
import { z } from "./zod";

/** The filters shared by the activity and delegation lists and the calendar (docs/conventions.md). */
export const exchangeFilterFields = {
  from: isoDateParam,
  to: isoDateParam,
  /** Started between these days (the statistics count an exchange in the year it starts). */
  startFrom: isoDateParam,
  startTo: isoDateParam,
  partnership: optionalInt(1, 2_000_000_000),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  province: z
    .string()
    .regex(/^[A-Z]{2,3}$/)
    .optional()
    .catch(undefined),
  region: optionalEnum(REGIONS),
  locality: optionalInt(1, 2_000_000_000),
  archived: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  scope: scopeParam,
};

export const ACTIVITY_SORTS = ["startDate", "title", "category", "organiser"] as const;

export const activityListSchema = listParamsSchema(ACTIVITY_SORTS, { sort: "startDate", dir: "desc" }).extend({
  ...exchangeFilterFields,
  category: optionalEnum(ACTIVITY_CATEGORIES),
});
export type ActivityListParams = z.output<typeof activityListSchema>;
