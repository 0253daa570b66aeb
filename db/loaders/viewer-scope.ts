import "server-only";
import { eq } from "drizzle-orm";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { localities, provinces } from "@/db/schema";
import type { Locale } from "@/lib/domain/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";

/** The place a viewer's role is limited to (their locality, else their province), named in the interface language. */
export function viewerScopeLabel(viewer: Pick<Viewer, "localityId" | "provinceCode">, locale: Locale): string | null {
  const db = getDb();
  if (viewer.localityId !== null) {
    const locality = db
      .select({ local: localities.nameLocal, romanised: localities.nameRomanised })
      .from(localities)
      .where(eq(localities.id, viewer.localityId))
      .get();
    if (locality) return locale === "zh-CN" ? locality.local : locality.romanised;
  }
  if (viewer.provinceCode !== null) {
    const province = db
      .select({ zh: provinces.nameZh, en: provinces.nameEn })
      .from(provinces)
      .where(eq(provinces.code, viewer.provinceCode))
      .get();
    if (province) return locale === "zh-CN" ? province.zh : province.en;
  }
  return null;
}

/** The viewer's place in the request's interface language (the header and the list tools show it). */
export async function viewerPlace(viewer: Pick<Viewer, "localityId" | "provinceCode">): Promise<string | null> {
  const locale = await getLocale();
  return viewerScopeLabel(viewer, isLocale(locale) ? locale : DEFAULT_LOCALE);
}
