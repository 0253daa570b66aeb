import { asc, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerships, provinces } from "@/db/schema";
import { byDisplayName } from "@/lib/domain/display-order";

/** Partner countries present in the registry, and China's provinces, named in the viewer's language. */
export function exchangeFilterOptions(db: DbOrTx, locale: string) {
  const zh = locale.startsWith("zh");
  const countryRows = db
    .select({ value: countries.code, label: zh ? countries.nameZh : countries.nameEn })
    .from(countries)
    .where(
      sql`${countries.code} in (select ${localities.countryCode} from ${localities} join ${partnerships} on ${partnerships.partnerLocalityId} = ${localities.id})`,
    )
    .orderBy(asc(zh ? countries.nameZh : countries.nameEn))
    .all();
  const provinceRows = byDisplayName(
    db
      .select({ value: provinces.code, label: zh ? provinces.nameZh : provinces.nameEn })
      .from(provinces)
      .all(),
    zh,
  );
  return { countries: countryRows, provinces: provinceRows };
}
