import { z } from "zod";
import { LOCALITY_LEVELS, REGIONS } from "@/lib/domain/enums";
import cnCitiesJson from "./cn-cities.json";
import countriesJson from "./countries.json";
import countryAliasesJson from "./country-aliases.json";
import koreanHanjaJson from "./korean-hanja.json";
import partnerChineseNamesJson from "./partner-chinese-names.json";
import partnerNativeNamesJson from "./partner-native-names.json";
import provincesJson from "./provinces.json";

/**
 * The seed reference data, read from the JSON files beside this one (what each holds: README.md;
 * where it comes from: ATTRIBUTION.md) and checked on load, so that a mistyped entry fails the
 * seed instead of writing a wrong row.
 */
const name = z.string().min(1);
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const provinceCode = z.string().regex(/^[A-Z]{2}$/);
/** `${country code}|${city string of china-pairs.csv}`. */
const partnerKey = z.string().regex(/^[A-Z]{2}\|.+$/);

const countrySchema = z.strictObject({ code: countryCode, nameEn: name, nameZh: name, nameNative: name });
const provinceSchema = z.strictObject({
  code: provinceCode,
  nameEn: name,
  nameZh: name,
  region: z.enum(REGIONS),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
const cnCitySchema = z.strictObject({
  nameZh: name,
  nameEn: name,
  /** A province code; "MO" (Macao) is deliberately not among the provinces. */
  province: provinceCode,
  level: z.enum(LOCALITY_LEVELS),
});
const partnerNativeNameSchema = z.strictObject({
  nameNative: name,
  state: name.optional(),
  level: z.enum(LOCALITY_LEVELS).optional(),
});

export type CountrySeed = z.infer<typeof countrySchema>;
export type ProvinceSeed = z.infer<typeof provinceSchema>;
export type CnCitySeed = z.infer<typeof cnCitySchema>;
export type PartnerNativeName = z.infer<typeof partnerNativeNameSchema>;

/** Countries and territories of the partner cities, plus China. */
export const countries: CountrySeed[] = z.array(countrySchema).parse(countriesJson);
/** Every country string of china-pairs.csv (partner side) → country code. */
export const countryAliases: Record<string, string> = z.record(z.string(), countryCode).parse(countryAliasesJson);
/** The 31 provincial-level divisions of mainland China. */
export const provinces: ProvinceSeed[] = z.array(provinceSchema).parse(provincesJson);
/** Every Chinese city string of china-pairs.csv → its official name, province and level. */
export const cnCities: Record<string, CnCitySeed> = z.record(name, cnCitySchema).parse(cnCitiesJson);
/** Hanja of Korean (and North Korean) partner localities, keyed `${country}|${city}`. */
export const koreanHanja: Record<string, string> = z.record(partnerKey, name).parse(koreanHanjaJson);
/** Curated Chinese names of partner localities: country code → city string → name. */
export const partnerChineseNames: Record<string, Record<string, string>> = z
  .record(countryCode, z.record(name, name))
  .parse(partnerChineseNamesJson);
/** Local-script names of partner cities, keyed `${country}|${city}`. */
export const partnerNativeNames: Record<string, PartnerNativeName> = z.record(partnerKey, partnerNativeNameSchema).parse(partnerNativeNamesJson);
