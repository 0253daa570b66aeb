import type { DbOrTx } from "@/db/connection";
import { countries, localities, provinces } from "@/db/schema";
import type { LocalityListParams } from "@/lib/validation/locality-list";
import type { Locale } from "@/lib/domain/enums";
import { localityConditions, localityOrder, localityPartnershipCount, selectLocalities } from "../localities";
import type { BuiltQuery } from "./reader";

export const localityExportSelection = {
  id: localities.id,
  nameLocal: localities.nameLocal,
  nameZh: localities.nameZh,
  nameRomanised: localities.nameRomanised,
  countryCode: localities.countryCode,
  countryEn: countries.nameEn,
  countryZh: countries.nameZh,
  provinceEn: provinces.nameEn,
  provinceZh: provinces.nameZh,
  stateName: localities.stateName,
  provinceCode: localities.provinceCode,
  level: localities.level,
  latitude: localities.latitude,
  longitude: localities.longitude,
  partnerships: localityPartnershipCount,
};

export type LocalityExportRow = { [K in keyof typeof localityExportSelection]: string | number | null };

/** Every locality the directory shows for these URL parameters (all pages): its own filters and order, in the viewer's language (../localities.ts). */
export function localityExportQuery(db: DbOrTx, params: LocalityListParams, ctx: { locale: Locale }): BuiltQuery {
  return selectLocalities(db, localityExportSelection)
    .where(localityConditions(params))
    .orderBy(...localityOrder(params, ctx.locale))
    .toSQL();
}
