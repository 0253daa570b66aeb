import "server-only";
import type { Db } from "@/db/connection";
import { countryChoices, provinceChoices } from "@/db/queries/localities-options";
import { localitySide, type LocalityOption } from "@/db/queries/localities";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/enums";

/** A locality as the pickers show it. */
export function pickerOption(db: Db, id: number | null | undefined): LocalityOption | null {
  const s = id ? localitySide(db, id) : undefined;
  return s ? { id: s.id, nameLocal: s.nameLocal, nameRomanised: s.nameRomanised, countryCode: s.countryCode, place: s.provinceNameZh ?? s.stateName } : null;
}

/** What the partnership form needs to know about the viewer's scope, and the choices of its "new locality" dialog. */
export function formSetup(db: Db, viewer: Viewer, locale: Locale) {
  const provinces = provinceChoices(db, locale).filter((p) => viewer.role === "national_admin" || p.value === viewer.provinceCode);
  return {
    oursFixed: viewer.role === "city_staff",
    provinceCode: viewer.role === "province_admin" ? (viewer.provinceCode ?? undefined) : undefined,
    canCreateOurs: viewer.role === "national_admin" || viewer.role === "province_admin",
    choices: { countries: countryChoices(db, locale), provinces },
  };
}
