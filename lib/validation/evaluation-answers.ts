import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_TRENDS,
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  POLITICAL_EFFECTS,
  REGIONS,
} from "@/lib/domain/enums";
import { NONE_HAPPENED, UNANSWERED } from "@/lib/domain/evaluation-tables";
import { optionalEnum, optionalInt } from "./list-params";
import { optionalCountry, optionalProvince } from "./partnership-list";
import { z } from "./zod";

/** Where a campaign's results are counted: a region, a province, a locality of ours, a partner country (all optional). */
export const resultsScopeShape = {
  region: optionalEnum(REGIONS),
  province: optionalProvince,
  locality: optionalInt(1, 2_000_000_000),
  country: optionalCountry,
};

/** The answers an evaluation list can be narrowed to: each number of the results tables clicks through to its records. */
export const answerFilterShape = {
  status: optionalEnum([...PARTNERSHIP_STATUSES, UNANSWERED]),
  trend: optionalEnum([...ACTIVITY_TRENDS, UNANSWERED]),
  purpose: optionalEnum(PARTNERSHIP_PURPOSES),
  category: optionalEnum([...ACTIVITY_CATEGORIES, NONE_HAPPENED, UNANSWERED]),
  effect: optionalEnum([...POLITICAL_EFFECTS, UNANSWERED]),
  /** "1": only pairs answered on both sides (the side comparison's base). */
  paired: optionalEnum(["1"]),
  partnerStatus: optionalEnum(PARTNERSHIP_STATUSES),
};

const scopeSchema = z.object(resultsScopeShape);
export type ResultsScopeFilters = z.output<typeof scopeSchema>;
export type AnswerFilters = { [K in keyof typeof answerFilterShape]?: z.output<(typeof answerFilterShape)[K]> };

/** The results page's URL (and its export's): the scope filters and a campaign to compare with. */
export const resultsParamsSchema = scopeSchema.extend({ compare: optionalInt(1, 2_000_000_000) });

/** The results export's URL: the page's parameters, the campaign and the format. */
export const resultsExportParamsSchema = resultsParamsSchema.extend({
  campaign: optionalInt(1, 2_000_000_000),
  format: z.enum(["csv", "xlsx", "pdf"]).catch("xlsx").default("xlsx"),
});
