import { REGIONS } from "@/lib/domain/enums";
import { FIRST_STAT_YEAR, LAST_STAT_YEAR } from "@/lib/domain/statistics-filters";
import { ANNUAL_LANGUAGES } from "@/lib/i18n/annual-report";
import { intFromForm } from "./number";
import { z } from "./zod";

export const ANNUAL_SCOPES = ["nation", "region", "province", "locality"] as const;

/**
 * The annual report's form (a GET form: the page's URL) and its downloads' query: a year, a scope
 * (a region, province or locality named when the scope asks for one) and the report's language.
 */
export const annualReportSchema = z
  .object({
    year: intFromForm(FIRST_STAT_YEAR, LAST_STAT_YEAR),
    scope: z.enum(ANNUAL_SCOPES),
    region: z.enum(REGIONS).optional(),
    province: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,3}$/)
      .optional(),
    locality: intFromForm(1, 2_000_000_000).optional(),
    lang: z.enum(ANNUAL_LANGUAGES),
  })
  .refine((v) => v.scope !== "region" || v.region !== undefined, { path: ["region"], message: "validation.required" })
  .refine((v) => v.scope !== "province" || v.province !== undefined, { path: ["province"], message: "validation.required" })
  .refine((v) => v.scope !== "locality" || v.locality !== undefined, { path: ["locality"], message: "validation.required" });

export type AnnualReportParams = z.output<typeof annualReportSchema>;

/** The URL's values (first of each, empty ones left out) for the schema. */
export function annualReportInput(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first.trim() !== "") out[k] = first;
  }
  return out;
}
