import { asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerships, provinces } from "@/db/schema";
import type { Locale } from "@/lib/domain/enums";

export type Choice = { value: string; label: string };

/** All countries, by name in the user's language. */
export function countryChoices(db: DbOrTx, locale: Locale, opts: { abroadOnly?: boolean } = {}): Choice[] {
  const name = locale === "zh-CN" ? countries.nameZh : countries.nameEn;
  return db
    .select({ value: countries.code, label: name })
    .from(countries)
    .where(opts.abroadOnly ? sql`${countries.code} <> 'CN'` : undefined)
    .orderBy(asc(name))
    .all();
}

/** China's provinces, by name in the user's language. */
export function provinceChoices(db: DbOrTx, locale: Locale): (Choice & { region: string })[] {
  const name = locale === "zh-CN" ? provinces.nameZh : provinces.nameEn;
  return db.select({ value: provinces.code, label: name, region: provinces.region }).from(provinces).orderBy(asc(provinces.nameEn)).all();
}

/** Our localities that hold partnerships (optionally in one province), for the registry's filter. */
export function ourLocalityChoices(db: DbOrTx, locale: Locale, provinceCode?: string): Choice[] {
  const rows = db
    .selectDistinct({ id: localities.id, nameLocal: localities.nameLocal, nameRomanised: localities.nameRomanised })
    .from(localities)
    .innerJoin(partnerships, eq(partnerships.ourLocalityId, localities.id))
    .where(provinceCode ? eq(localities.provinceCode, provinceCode) : isNull(localities.mergedIntoId))
    .orderBy(asc(localities.nameRomanised))
    .all();
  return rows.map((r) => ({ value: String(r.id), label: locale === "zh-CN" ? `${r.nameLocal} (${r.nameRomanised})` : `${r.nameRomanised} (${r.nameLocal})` }));
}
