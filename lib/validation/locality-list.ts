import { LOCALITY_LEVELS } from "@/lib/domain/enums";
import { listParamsSchema, optionalEnum } from "./list-params";
import { optionalCountry, optionalProvince } from "./partnership-list";
import { z } from "./zod";

export const LOCALITY_SORTS = ["name", "romanised", "country", "state", "level", "partnerships"] as const;
export const DEFAULT_LOCALITY_COLUMNS = ["name", "romanised", "country", "state", "level", "partnerships"];

/** The directory's URL (docs/conventions.md, "URL contract"). */
export const localityListSchema = listParamsSchema(LOCALITY_SORTS, { sort: "romanised" }).extend({
  country: optionalCountry,
  province: optionalProvince,
  level: optionalEnum(LOCALITY_LEVELS),
  side: optionalEnum(["ours", "partner"] as const),
  archived: z.literal("1").optional().catch(undefined),
});
export type LocalityListParams = z.output<typeof localityListSchema>;

/** /admin/chinese-names?country=<ISO2>: the places abroad still without a Chinese name. */
export const missingChineseNamesSchema = z.object({ country: optionalCountry });
