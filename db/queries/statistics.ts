import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { PARTNERSHIP_STATUSES, type PartnershipStatus, type Region } from "@/lib/domain/enums";
import type { StatFilters } from "@/lib/domain/statistics-filters";
import { PARTNERSHIP_FROM, partnershipWhere, type StatScope } from "./statistics-scope";

export type Named = { code: string; nameEn: string; nameZh: string; count: number };
export type StatusCounts = Record<PartnershipStatus, number>;

export type PartnershipStats = {
  total: number;
  byCountry: Named[];
  cumulative: { year: number; count: number }[];
  newByYearCountry: { year: number; code: string; count: number }[];
  /** Partnerships without a signing date (counted under "year unknown", never in a year). */
  undated: number;
  undatedByCountry: { code: string; count: number }[];
  byProvince: (Named & { region: Region })[];
  byRegion: { region: Region; count: number }[];
  /** The latest year with recorded statuses, compared with the latest EARLIER year that has any (null: none). */
  status: { year: number | null; previousYear: number | null; current: StatusCounts; previous: StatusCounts };
};

/**
 * `stockAllYears`: the registry's stock (by country, province, region) counts every partnership in
 * scope whatever its signing year (the report's registry); otherwise the year filter narrows it too.
 */
export type PartnershipStatsOptions = {
  stockAllYears?: boolean;
  /** The stock at the end of `filters.to` (the annual report): those signed by then, and the undated ones (said so). */
  stockAtEnd?: boolean;
};

/** The latest year up to `last` with statuses recorded in scope, and the latest earlier year that has any. */
function statusYears(db: DbOrTx, where: SQL, last: number): { statusYear: number | null; previousYear: number | null } {
  const years = db.all<{ year: number }>(sql`select distinct h.year as year
    from ${PARTNERSHIP_FROM} join partnership_status_history h on h.partnership_id = ps.id
    where ${where} and h.year <= ${last} order by 1 desc limit 2`);
  return { statusYear: years[0]?.year ?? null, previousYear: years[1]?.year ?? null };
}

function emptyStatus(): StatusCounts {
  return Object.fromEntries(PARTNERSHIP_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The report's registry figures (DOMAIN.md) for a scope and the dashboard's filters. */
export function getPartnershipStats(
  db: DbOrTx,
  scope: StatScope,
  filters: StatFilters,
  currentYear: number,
  opts: PartnershipStatsOptions = {},
): PartnershipStats {
  const whereAllYears = partnershipWhere(scope, filters, { signedYears: false });
  const year = sql.raw("cast(substr(ps.signed_on, 1, 4) as integer)");
  const where = opts.stockAllYears
    ? whereAllYears
    : opts.stockAtEnd && filters.to !== undefined
      ? sql`${whereAllYears} and (ps.signed_on is null or ${year} <= ${filters.to})`
      : partnershipWhere(scope, filters);

  const byCountry = db.all<Named>(sql`select p.country_code as code, c.name_en as nameEn, c.name_zh as nameZh, count(*) as count
    from ${PARTNERSHIP_FROM} join countries c on c.code = p.country_code where ${where}
    group by p.country_code order by count desc, c.name_en`);

  const perYear = db.all<{ year: number; count: number }>(sql`select ${year} as year, count(*) as count
    from ${PARTNERSHIP_FROM} where ${whereAllYears} and ps.signed_on is not null group by 1 order by 1`);
  const last = Math.min(filters.to ?? currentYear, currentYear);
  // No dated partnership and no year asked for: no year to show (never "2026 | 0").
  const first = filters.from ?? perYear[0]?.year ?? last + 1;
  const cumulative: { year: number; count: number }[] = [];
  let running = perYear.filter((r) => r.year < first).reduce((s, r) => s + r.count, 0);
  const byYear = new Map(perYear.map((r) => [r.year, r.count]));
  for (let y = first; y <= last; y++) {
    running += byYear.get(y) ?? 0;
    cumulative.push({ year: y, count: running });
  }

  const newByYearCountry = db.all<{
    year: number;
    code: string;
    count: number;
  }>(sql`select ${year} as year, p.country_code as code, count(*) as count
    from ${PARTNERSHIP_FROM} where ${whereAllYears} and ps.signed_on is not null and ${year} between ${first} and ${last}
    group by 1, 2 order by 1, 2`);

  const undatedByCountry = db.all<{ code: string; count: number }>(sql`select p.country_code as code, count(*) as count
    from ${PARTNERSHIP_FROM} where ${whereAllYears} and ps.signed_on is null group by 1 order by 2 desc, 1`);

  const byProvince = db.all<
    Named & { region: Region }
  >(sql`select pr.code as code, pr.name_en as nameEn, pr.name_zh as nameZh, pr.region as region, count(*) as count
    from ${PARTNERSHIP_FROM} where ${where} and pr.code is not null group by pr.code order by count desc, pr.name_en`);

  const byRegion = db.all<{ region: Region; count: number }>(sql`select pr.region as region, count(*) as count
    from ${PARTNERSHIP_FROM} where ${where} and pr.code is not null group by pr.region`);

  const { statusYear, previousYear } = statusYears(db, where, Math.min(filters.to ?? currentYear, currentYear));
  const current = emptyStatus();
  const previous = emptyStatus();
  if (statusYear !== null) {
    const rows = db.all<{
      year: number;
      status: PartnershipStatus;
      count: number;
    }>(sql`select h.year as year, h.status as status, count(*) as count
      from ${PARTNERSHIP_FROM} join partnership_status_history h on h.partnership_id = ps.id
      where ${where} and h.year in (${statusYear}, ${previousYear ?? statusYear}) group by 1, 2`);
    for (const r of rows) (r.year === statusYear ? current : previous)[r.status] = r.count;
  }

  return {
    total: byCountry.reduce((s, r) => s + r.count, 0),
    byCountry,
    cumulative,
    newByYearCountry,
    undated: undatedByCountry.reduce((n, r) => n + r.count, 0),
    undatedByCountry,
    byProvince,
    byRegion,
    status: { year: statusYear, previousYear, current, previous },
  };
}
