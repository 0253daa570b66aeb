import { asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerships, provinces } from "@/db/schema";
import { byDisplayName } from "@/lib/domain/display-order";
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
  return byDisplayName(
    db.select({ value: provinces.code, label: name, region: provinces.region }).from(provinces).all(),
    locale === "zh-CN",
  );
}

/**
 * Our localities that hold partnerships (optionally in one province), for the
 * registry's filter: hundreds of them, so each carries its province to be
 * grouped under (FilterSelect), provinces and names in the reader's collation.
 */
export function ourLocalityChoices(db: DbOrTx, locale: Locale, provinceCode?: string): (Choice & { group: string | null })[] {
  const zh = locale === "zh-CN";
  const rows = db
    .selectDistinct({
      id: localities.id,
      nameLocal: localities.nameLocal,
      nameRomanised: localities.nameRomanised,
      province: zh ? provinces.nameZh : provinces.nameEn,
    })
    .from(localities)
    .innerJoin(partnerships, eq(partnerships.ourLocalityId, localities.id))
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(provinceCode ? eq(localities.provinceCode, provinceCode) : isNull(localities.mergedIntoId))
    .all();
  const collator = new Intl.Collator(zh ? "zh-CN" : "en");
  return rows
    .map((r) => ({
      value: String(r.id),
      label: zh ? `${r.nameLocal} (${r.nameRomanised})` : `${r.nameRomanised} (${r.nameLocal})`,
      group: r.province ?? null,
    }))
    .sort((a, b) => collator.compare(a.group ?? "", b.group ?? "") || collator.compare(a.label, b.label));
}
