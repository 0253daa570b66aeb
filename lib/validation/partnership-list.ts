import { PARTNERSHIP_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, REGIONS } from "@/lib/domain/enums";
import { listParamsSchema, optionalEnum, optionalInt, scopeParam } from "./list-params";
import { z } from "./zod";

export const PARTNERSHIP_SORTS = [
  "ours",
  "partner",
  "country",
  "signedOn",
  "type",
  "level",
  "status",
  "lastActivity",
  "activities12m",
] as const;
export type PartnershipSort = (typeof PARTNERSHIP_SORTS)[number];

export const DEFAULT_PARTNERSHIP_COLUMNS: PartnershipSort[] = [
  "ours",
  "partner",
  "country",
  "signedOn",
  "type",
  "status",
  "lastActivity",
  "activities12m",
];

/** An ISO country code (two letters); anything else is ignored. */
export const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/)
  .optional()
  .catch(undefined);

/** A Chinese province code (ISO 3166-2:CN suffix); anything else is ignored. */
export const optionalProvince = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2,3}$/)
  .optional()
  .catch(undefined);

/** The registry's URL (docs/conventions.md, "URL contract"). */
export const partnershipListSchema = listParamsSchema(PARTNERSHIP_SORTS, { sort: "ours" }).extend({
  country: optionalCountry,
  province: optionalProvince,
  region: optionalEnum(REGIONS),
  locality: optionalInt(1, 2_000_000_000),
  status: optionalEnum(PARTNERSHIP_STATUSES),
  type: optionalEnum(PARTNERSHIP_TYPES),
  level: optionalEnum(PARTNERSHIP_LEVELS),
  signedFrom: optionalInt(1900, 2200),
  signedTo: optionalInt(1900, 2200),
  /** Only those without a signing date (the statistics' "year unknown"). */
  undated: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  scope: scopeParam,
});
export type PartnershipListParams = z.output<typeof partnershipListSchema>;
