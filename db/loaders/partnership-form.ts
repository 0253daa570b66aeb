import "server-only";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import { countryChoices, provinceChoices } from "@/db/queries/localities-options";
import { localitySide, type LocalityOption } from "@/db/queries/localities";
import { viewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/enums";

/** A locality as the pickers show it. */
export function pickerOption(db: Db, id: number | null | undefined): LocalityOption | null {
  const s = id ? localitySide(db, id) : undefined;
  return s
    ? {
        id: s.id,
        nameLocal: s.nameLocal,
        nameRomanised: s.nameRomanised,
        countryCode: s.countryCode,
        place: s.provinceNameZh ?? s.stateName,
      }
    : null;
}

/** What the partnership form needs to know about the viewer's scope, and the choices of its "new locality" dialog. */
export function formSetup(db: Db, viewer: Viewer, locale: Locale) {
  const scope = viewerScope(viewer);
  // Every province for the nation; otherwise the viewer's own (city staff's is their locality's).
  const provinces = provinceChoices(db, locale).filter(
    (p) => scope.kind === "nation" || (scope.kind !== "none" && p.value === scope.provinceCode),
  );
  return {
    oursFixed: scope.kind === "locality",
    provinceCode: scope.kind === "province" ? scope.provinceCode : undefined,
    canCreateOurs: scope.kind === "nation" || scope.kind === "province",
    choices: { countries: countryChoices(db, locale), provinces },
  };
}

/**
 * All the partnership form takes besides its values: the viewer's setup and the two sides as the
 * pickers show them (a record's own; for a new one, city staff's own locality, fixed).
 */
export async function partnershipFormContext(viewer: Viewer, record?: { ourLocalityId: number; partnerLocalityId: number }) {
  const locale = (await getLocale()) as Locale;
  const db = getDb();
  const setup = formSetup(db, viewer, locale);
  const oursId = record ? record.ourLocalityId : setup.oursFixed ? viewer.localityId : null;
  return { ours: pickerOption(db, oursId), partner: record ? pickerOption(db, record.partnerLocalityId) : null, ...setup };
}
