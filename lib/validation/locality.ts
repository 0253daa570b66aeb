import { LOCALITY_LEVELS } from "@/lib/domain/enums";
import { optionalDecimal, optionalText, recordId, requiredText, versionField } from "./partnership-fields";
import { cleanText } from "./text";
import { z } from "./zod";

const localityFields = z
  .object({
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: "validation.invalidChoice" }),
    provinceCode: optionalText(3),
    stateName: optionalText(120),
    nameLocal: requiredText(120),
    nameRomanised: requiredText(160),
    /** The usual Chinese name of a place abroad (神户市); ours take their own name. Absent: left as it is. */
    nameZh: optionalText(120).optional(),
    level: z.enum(LOCALITY_LEVELS),
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
    notes: optionalText(2000, { multiLine: true }),
  })
  .strict();

/** A Chinese locality belongs to a province (it decides who may edit it). */
const provinceForChina: [(v: { countryCode: string; provinceCode: string | null }) => boolean, { path: string[]; message: string }] = [
  (v) => v.countryCode !== "CN" || v.provinceCode !== null,
  { path: ["provinceCode"], message: "validation.required" },
];

/** The locality form (directory, and the inline "new locality" of the pickers). */
export const localitySchema = localityFields.refine(...provinceForChina);
export type LocalityInput = z.input<typeof localitySchema>;
export type LocalityValues = z.output<typeof localitySchema>;

export const updateLocalitySchema = localityFields
  .extend({ id: recordId, version: versionField })
  .strict()
  .refine(...provinceForChina);

/** Merge `sourceId` into `targetId`: the source's records move, the source is retired. */
export const mergeLocalitiesSchema = z
  .object({ sourceId: recordId, targetId: recordId, sourceVersion: versionField, targetVersion: versionField })
  .strict()
  .refine((v) => v.sourceId !== v.targetId, { path: ["targetId"], message: "validation.invalidChoice" });

/** The pickers' type-ahead over the directory. */
export const localitySearchSchema = z
  .object({
    q: cleanText(100),
    side: z.enum(["ours", "partner"]).optional(),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    provinceCode: z
      .string()
      .regex(/^[A-Z]{2,3}$/)
      .optional(),
  })
  .strict();
