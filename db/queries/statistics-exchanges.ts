import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { ActivityCategory, CampaignState, DelegationDirection, EvaluationState, LeaderRank } from "@/lib/domain/enums";
import type { StatFilters } from "@/lib/domain/statistics-filters";
import { exchangeCountryWhere, ourSideWhere, yearWhere, type StatScope } from "./statistics-scope";

export type ExchangeStats = {
  activities: { year: number; category: ActivityCategory; count: number }[];
  delegations: { year: number; direction: DelegationDirection; count: number }[];
};

export type CampaignCompletion = {
  id: number;
  year: number;
  title: string;
  state: CampaignState;
  counts: Partial<Record<EvaluationState, number>>;
  total: number;
};

/** Activities per year and category, delegations per year and direction (cancelled ones left out). */
export function getExchangeStats(db: DbOrTx, scope: StatScope, filters: StatFilters): ExchangeStats {
  const ours = ourSideWhere(scope, filters);
  const activities = db.all<{
    year: number;
    category: ActivityCategory;
    count: number;
  }>(sql`select cast(substr(a.start_date, 1, 4) as integer) as year, a.category as category, count(*) as count
    from activities a join localities o on o.id = a.organiser_locality_id left join provinces pr on pr.code = o.province_code
    where a.archived_at is null and ${ours} and ${yearWhere(sql.raw("a.start_date"), filters)}
      and ${exchangeCountryWhere("activity_partnerships", sql.raw("a.id"), filters.country)}
    group by 1, 2 order by 1, 2`);
  const delegations = db.all<{ year: number; direction: DelegationDirection; count: number }>(
    delegationCounts(scope, filters, sql.raw("cast(substr(d.start_date, 1, 4) as integer) as year, d.direction as direction")),
  );
  return { activities, delegations };
}

/** Counted delegations (not archived, not cancelled) in scope, started in the filtered years, grouped by `columns`. */
function delegationCounts(scope: StatScope, filters: StatFilters, columns: SQL) {
  return sql`select ${columns}, count(*) as count
    from delegations d join localities o on o.id = d.our_locality_id left join provinces pr on pr.code = o.province_code
    where d.archived_at is null and d.status <> 'cancelled' and ${ourSideWhere(scope, filters)} and ${yearWhere(sql.raw("d.start_date"), filters)}
      and ${exchangeCountryWhere("delegation_partnerships", sql.raw("d.id"), filters.country)}
    group by 1, 2 order by 1, 2`;
}

/** Delegations by direction and the leader's rank (cancelled ones left out), started in the filtered years. */
export function getDelegationRanks(
  db: DbOrTx,
  scope: StatScope,
  filters: StatFilters,
): { direction: DelegationDirection; rank: LeaderRank; count: number }[] {
  return db.all(delegationCounts(scope, filters, sql.raw("d.direction as direction, d.leader_rank as rank")));
}

/** Each campaign's evaluations in scope by state; the newest first. */
export function getCampaignCompletion(db: DbOrTx, scope: StatScope, filters: StatFilters): CampaignCompletion[] {
  const ours = ourSideWhere(scope, filters);
  const country = filters.country ? sql`and p.country_code = ${filters.country}` : sql``;
  const years = yearWhere(sql.raw("(c.year || '-06-30')"), filters);
  const rows = db.all<{
    id: number;
    year: number;
    title: string;
    state: CampaignState;
    evState: EvaluationState | null;
    count: number;
  }>(sql`
    select c.id as id, c.year as year, c.title as title, c.state as state, e.state as evState, count(e.id) as count
    from evaluation_campaigns c
    left join (evaluations e join partnerships ps on ps.id = e.partnership_id join localities p on p.id = ps.partner_locality_id
      join localities o on o.id = e.locality_id left join provinces pr on pr.code = o.province_code)
      on e.campaign_id = c.id and ${ours} ${country}
    where c.archived_at is null and c.state <> 'draft' and ${years}
    group by c.id, e.state order by c.year desc, c.id desc`);
  const byId = new Map<number, CampaignCompletion>();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? { id: r.id, year: r.year, title: r.title, state: r.state, counts: {}, total: 0 };
    if (r.evState) {
      entry.counts[r.evState] = r.count;
      entry.total += r.count;
    }
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}
