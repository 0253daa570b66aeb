import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { QueryScope } from "@/lib/auth/permissions";

export type MissingChineseNameRow = {
  id: number;
  nameLocal: string;
  nameRomanised: string;
  countryCode: string;
  countryName: string;
  stateName: string | null;
  partnerships: number;
  /** Every partnership of the place is within the scope, so the viewer may edit it (as canEditLocality decides). */
  editable: boolean;
};

/**
 * Current localities abroad still without a Chinese name, those with the most partnerships
 * first: the nation's, or those partnered within a province (`scope`), by country if asked.
 */
export function listMissingChineseNames(db: DbOrTx, scope: QueryScope, opts: { country?: string; locale: string; limit?: number }) {
  const countryName = sql.raw(opts.locale === "zh-CN" ? "c.name_zh" : "c.name_en");
  const inScope =
    scope.kind === "province"
      ? sql`exists (select 1 from partnerships p join localities o on o.id = p.our_locality_id where p.partner_locality_id = l.id and o.province_code = ${scope.provinceCode})`
      : scope.kind === "nation"
        ? sql`1`
        : sql`0`;
  const outside =
    scope.kind === "province"
      ? sql`exists (select 1 from partnerships p join localities o on o.id = p.our_locality_id where p.partner_locality_id = l.id and coalesce(o.province_code, '') <> ${scope.provinceCode})`
      : sql`0`;
  const where = sql`l.country_code <> 'CN' and l.merged_into_id is null and l.archived_at is null and (l.name_zh is null or trim(l.name_zh) = '')
    and ${inScope} ${opts.country ? sql`and l.country_code = ${opts.country}` : sql``}`;
  const total = db.get<{ n: number }>(sql`select count(*) as n from localities l where ${where}`)?.n ?? 0;
  const countries = db.all<{ code: string; name: string; n: number }>(
    sql`select l.country_code as code, ${countryName} as name, count(*) as n from localities l join countries c on c.code = l.country_code
      where l.country_code <> 'CN' and l.merged_into_id is null and l.archived_at is null and (l.name_zh is null or trim(l.name_zh) = '') and ${inScope}
      group by l.country_code order by name`,
  );
  const rows = db
    .all<Omit<MissingChineseNameRow, "editable"> & { editable: number }>(
      sql`select l.id as id, l.name_local as nameLocal, l.name_romanised as nameRomanised, l.country_code as countryCode, ${countryName} as countryName,
        l.state_name as stateName,
        (select count(*) from partnerships p where p.partner_locality_id = l.id and p.archived_at is null) as partnerships,
        case when ${outside} then 0 else 1 end as editable
      from localities l join countries c on c.code = l.country_code
      where ${where}
      order by partnerships desc, l.name_romanised collate nocase
      limit ${opts.limit ?? 200}`,
    )
    .map((r) => ({ ...r, editable: Boolean(r.editable) }));
  return { rows, total, countries };
}
