import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { thisYear } from "@/lib/domain/clock";
import type { Region } from "@/lib/domain/enums";

export type Option = { code: string; nameEn: string; nameZh: string };

/** Partner countries that have at least one partnership, and China's provinces, for filter menus. */
export function getStatFilterOptions(db: DbOrTx): {
  countries: Option[];
  provinces: (Option & { region: Region })[];
  years: { min: number; max: number };
} {
  const countries = db.all<Option>(sql`select distinct c.code as code, c.name_en as nameEn, c.name_zh as nameZh
    from partnerships ps join localities p on p.id = ps.partner_locality_id join countries c on c.code = p.country_code
    where ps.archived_at is null order by c.name_en`);
  const provinces = db.all<Option & { region: Region }>(
    sql`select code, name_en as nameEn, name_zh as nameZh, region from provinces order by name_en`,
  );
  // Every year the data has: signing dates, exchanges, recorded statuses and campaigns (each min/max by its index).
  const bounds = db.get<{ min: number | null; max: number | null }>(sql`select min(y) as min, max(y) as max from (
    select cast(substr(min(signed_on), 1, 4) as integer) as y from partnerships
    union all select cast(substr(max(signed_on), 1, 4) as integer) from partnerships
    union all select cast(substr(min(start_date), 1, 4) as integer) from activities
    union all select cast(substr(max(start_date), 1, 4) as integer) from activities
    union all select cast(substr(min(start_date), 1, 4) as integer) from delegations
    union all select cast(substr(max(start_date), 1, 4) as integer) from delegations
    union all select min(year) from partnership_status_history
    union all select max(year) from partnership_status_history
    union all select min(year) from evaluation_campaigns
    union all select max(year) from evaluation_campaigns)`);
  const year = thisYear();
  return { countries, provinces, years: { min: bounds?.min ?? year, max: Math.max(bounds?.max ?? year, year) } };
}

/** Our localities that have partnerships, for the report's scope menu (a province's only, if given). */
export function getReportLocalities(
  db: DbOrTx,
  provinceCode: string | null,
): { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; provinceCode: string | null }[] {
  const province = provinceCode ? sql`and o.province_code = ${provinceCode}` : sql``;
  return db.all(sql`select distinct o.id as id, o.name_local as nameLocal, o.name_romanised as nameRomanised, o.name_zh as nameZh, o.province_code as provinceCode
    from partnerships ps join localities o on o.id = ps.our_locality_id where ps.archived_at is null and o.country_code = 'CN' ${province}
    order by o.province_code, o.name_romanised`);
}
