import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import { anniversaryDate, isRoundAnniversary, roundAnniversaryYears } from "@/lib/domain/anniversary";
import { addDays, addMonths } from "@/lib/domain/clock";
import { dormantBefore } from "@/lib/domain/dormancy";
import type { DelegationDirection, EvaluationState } from "@/lib/domain/enums";
import type { ReminderSides } from "@/lib/domain/reminder-name";
import { nextAnniversary } from "@/lib/domain/statistics-locality";
import { lastExchangeOf } from "./statistics-locality";

/**
 * The dashboard's reminders and the calendar feed's events, for one scope (a locality, a province or
 * the nation). Each kind answers its total and its first rows, the database doing the narrowing: the
 * anniversaries by ranges of the signing-date index, the rest by their date indexes.
 */
export type Bounded<T> = { total: number; rows: T[] };

/** Our side of the row as `o`, the partner as `p` (when there is one): the names every reminder shows. */
type Sides = ReminderSides;
type SideColumns = {
  ourLocal: string;
  ourRomanised: string;
  ourZh: string | null;
  partnerLocal: string | null;
  partnerRomanised: string | null;
  partnerZh: string | null;
};

const SIDE_COLUMNS = sql.raw(
  `o.name_local as ourLocal, o.name_romanised as ourRomanised, o.name_zh as ourZh, p.name_local as partnerLocal, p.name_romanised as partnerRomanised, p.name_zh as partnerZh`,
);

function sides<T extends SideColumns>(row: T): Omit<T, keyof SideColumns> & Sides {
  const { ourLocal, ourRomanised, ourZh, partnerLocal, partnerRomanised, partnerZh, ...rest } = row;
  return {
    ...rest,
    ours: { nameLocal: ourLocal, nameRomanised: ourRomanised, nameZh: ourZh },
    partner: partnerLocal === null ? null : { nameLocal: partnerLocal, nameRomanised: partnerRomanised ?? "", nameZh: partnerZh },
  };
}

/** The scope as a condition on our locality `o`. */
function inScope(scope: QueryScope): SQL {
  return scopeCondition(scope, { localityId: sql.raw("o.id"), provinceCode: sql.raw("o.province_code") }) ?? sql`1 = 1`;
}

/**
 * The first rows of a query selecting `count(*) over () as total` too: one pass over the scope for
 * both the count and the rows (a province's dormant ties cost a scan of two years of activities).
 */
function bounded<T>(db: DbOrTx, query: SQL): Bounded<T> {
  const rows = db.all<T & { total: number }>(query);
  const total = rows[0]?.total ?? 0;
  for (const row of rows) delete (row as { total?: number }).total;
  return { total, rows };
}

const TOTAL = sql.raw("count(*) over () as total");

const FROM_PARTNERSHIPS = sql.raw(
  `partnerships ps join localities o on o.id = ps.our_locality_id join localities p on p.id = ps.partner_locality_id`,
);

// ---------------------------------------------------------------------------------------------
// Anniversaries of signing
// ---------------------------------------------------------------------------------------------

export type AnniversaryReminder = Sides & { partnershipId: number; signedOn: string; date: string; years: number; round: boolean };

/**
 * The signing dates whose anniversary falls within [today, horizon]: for round ones, one range of the
 * signing-date index per round year (a year earlier, ten years earlier …); for all of them, every
 * signing before today (each has exactly one anniversary in the next twelve months).
 */
function signedWhere(today: string, horizon: string, roundOnly: boolean): SQL {
  if (!roundOnly) return sql`ps.signed_on < ${today}`;
  const year = Number(today.slice(0, 4));
  const back = (date: string, years: number) => anniversaryDate(date, Number(date.slice(0, 4)) - years) as string;
  const ranges = roundAnniversaryYears(year - 1800).map(
    (r) => sql`(ps.signed_on >= ${back(today, r)} and ps.signed_on <= ${back(horizon, r)})`,
  );
  return sql`(${sql.join(ranges, sql` or `)})`;
}

/**
 * Anniversaries of signing in the next twelve months, the nearest first: round ones only (10, 15,
 * 20, 25, 30, 40 … years), or all of them (a city's own calendar).
 */
export function upcomingAnniversaries(
  db: DbOrTx,
  scope: QueryScope,
  opts: { today: string; roundOnly: boolean; limit: number },
): Bounded<AnniversaryReminder> {
  const horizon = addMonths(opts.today, 12);
  const where = sql`ps.archived_at is null and length(ps.signed_on) = 10 and ${inScope(scope)} and ${signedWhere(opts.today, horizon, opts.roundOnly)}`;
  const monthDay = opts.today.slice(5);
  const { total, rows } = bounded<SideColumns & { partnershipId: number; signedOn: string }>(
    db,
    sql`select ps.id as partnershipId, ps.signed_on as signedOn, ${SIDE_COLUMNS}, ${TOTAL}
    from ${FROM_PARTNERSHIPS} where ${where}
    order by case when substr(ps.signed_on, 6) >= ${monthDay} then 0 else 1 end, substr(ps.signed_on, 6), ps.id
    limit ${opts.limit}`,
  );
  const reminders: AnniversaryReminder[] = [];
  for (const row of rows) {
    const next = nextAnniversary(row.signedOn, opts.today);
    if (!next || next.date >= horizon) continue;
    reminders.push({ ...sides(row), date: next.date, years: next.years, round: isRoundAnniversary(next.years) });
  }
  return { total, rows: reminders };
}

// ---------------------------------------------------------------------------------------------
// Dormant partnerships
// ---------------------------------------------------------------------------------------------

export type DormantReminder = Sides & { partnershipId: number; signedOn: string | null; lastExchange: string | null };

/**
 * Partnerships with no activity and no completed delegation since `months` ago, and signed before
 * then (lib/domain/dormancy.ts). A city's few partnerships look their exchanges up one by one; a
 * province's or the nation's take the set of recently active partnerships once, from the date index.
 */
export function dormantPartnerships(
  db: DbOrTx,
  scope: QueryScope,
  opts: { today: string; months: number; limit: number },
): Bounded<DormantReminder> {
  const cutoff = dormantBefore(opts.today, opts.months);
  const recentActivity = sql`select ap.partnership_id from activities a join activity_partnerships ap on ap.activity_id = a.id
    where a.archived_at is null and a.start_date >= ${cutoff} and a.start_date <= ${opts.today}`;
  const recentDelegation = sql`select dp.partnership_id from delegations d join delegation_partnerships dp on dp.delegation_id = d.id
    where d.archived_at is null and d.status = 'completed' and d.start_date >= ${cutoff} and d.start_date <= ${opts.today}`;
  const quiet =
    scope.kind === "locality"
      ? sql`not exists (${recentActivity} and ap.partnership_id = ps.id) and not exists (${recentDelegation} and dp.partnership_id = ps.id)`
      : sql`ps.id not in (${recentActivity}) and ps.id not in (${recentDelegation})`;
  const where = sql`ps.archived_at is null and ${inScope(scope)} and (ps.signed_on is null or ps.signed_on < ${cutoff}) and ${quiet}`;
  const { total, rows } = bounded<SideColumns & { partnershipId: number; signedOn: string | null }>(
    db,
    sql`select ps.id as partnershipId, ps.signed_on as signedOn, ${SIDE_COLUMNS}, ${TOTAL}
    from ${FROM_PARTNERSHIPS} where ${where}
    order by ps.signed_on is null, ps.signed_on, ps.id limit ${opts.limit}`,
  );
  const last = lastExchanges(
    db,
    rows.map((r) => r.partnershipId),
    opts.today,
  );
  return { total, rows: rows.map((r) => ({ ...sides(r), lastExchange: last.get(r.partnershipId) ?? null })) };
}

/** The last exchange (activity or completed delegation, on or before today) of a few partnerships. */
function lastExchanges(db: DbOrTx, ids: number[], today: string): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.all<{ id: number; last: string | null }>(sql`
    select ps.id as id, ${lastExchangeOf(today)} as last
    from partnerships ps where ps.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.filter((r) => r.last).map((r) => [r.id, r.last as string]));
}

// ---------------------------------------------------------------------------------------------
// Evaluations due
// ---------------------------------------------------------------------------------------------

export type EvaluationReminder = Sides & {
  evaluationId: number;
  campaignId: number;
  campaignTitle: string;
  closesOn: string;
  state: EvaluationState;
};

const EVALUATIONS_DUE = sql.raw(`evaluations e join evaluation_campaigns c on c.id = e.campaign_id
  join localities o on o.id = e.locality_id join partnerships ps on ps.id = e.partnership_id join localities p on p.id = ps.partner_locality_id`);
const evaluationsDueWhere = (scope: QueryScope) =>
  sql`c.state = 'open' and e.state in ('pending', 'draft', 'returned') and e.archived_at is null and ${inScope(scope)}`;

/** Evaluations of open campaigns the scope has still to submit, the nearest deadline first. */
export function evaluationsDue(db: DbOrTx, scope: QueryScope, opts: { limit: number }): Bounded<EvaluationReminder> {
  const where = evaluationsDueWhere(scope);
  const { total, rows } = bounded<SideColumns & Omit<EvaluationReminder, keyof Sides>>(
    db,
    sql`select e.id as evaluationId, c.id as campaignId, c.title as campaignTitle, c.closes_on as closesOn, e.state as state, ${SIDE_COLUMNS}, ${TOTAL}
    from ${EVALUATIONS_DUE} where ${where}
    order by c.closes_on, e.id limit ${opts.limit}`,
  );
  return { total, rows: rows.map(sides) };
}

export type CampaignDeadline = { campaignId: number; title: string; closesOn: string; open: number };

/** Each open campaign's deadline with how many of the scope's evaluations are still to submit (the calendar's events). */
export function campaignDeadlines(db: DbOrTx, scope: QueryScope, opts: { limit: number }): CampaignDeadline[] {
  return db.all<CampaignDeadline>(sql`
    select c.id as campaignId, c.title as title, c.closes_on as closesOn, count(*) as open
    from ${EVALUATIONS_DUE} where ${evaluationsDueWhere(scope)}
    group by c.id order by c.closes_on, c.id limit ${opts.limit}`);
}

// ---------------------------------------------------------------------------------------------
// Planned delegations and activities
// ---------------------------------------------------------------------------------------------

export type DelegationReminder = Sides & {
  delegationId: number;
  direction: DelegationDirection;
  leaderName: string;
  startDate: string;
  endDate: string | null;
};

/** How far ahead the dashboard looks for planned delegations. */
const PLANNED_DAYS_AHEAD = 60;

/** Planned delegations starting between `from` and `to`, the soonest first; the partner is the first linked partnership's. */
export function plannedDelegations(
  db: DbOrTx,
  scope: QueryScope,
  opts: { from: string; to: string; limit: number },
): Bounded<DelegationReminder> {
  const where = sql`d.archived_at is null and d.status = 'planned' and d.start_date >= ${opts.from} and d.start_date <= ${opts.to} and ${inScope(scope)}`;
  const { total, rows } = bounded<SideColumns & Omit<DelegationReminder, keyof Sides>>(
    db,
    sql`select d.id as delegationId, d.direction as direction, d.leader_name as leaderName, d.start_date as startDate, d.end_date as endDate,
      ${SIDE_COLUMNS}, ${TOTAL}
    from delegations d join localities o on o.id = d.our_locality_id left join localities p on p.id = (select ps.partner_locality_id
      from delegation_partnerships dp join partnerships ps on ps.id = dp.partnership_id where dp.delegation_id = d.id order by ps.id limit 1)
    where ${where} order by d.start_date, d.id limit ${opts.limit}`,
  );
  return { total, rows: rows.map(sides) };
}

export type ActivityEvent = {
  activityId: number;
  title: string;
  startDate: string;
  endDate: string | null;
  ourLocal: string;
  ourRomanised: string;
  ourZh: string | null;
};

/** Activities the scope organises between `from` and `to`, by date (the calendar feed; bounded by `limit`). */
export function activitiesBetween(db: DbOrTx, scope: QueryScope, opts: { from: string; to: string; limit: number }): ActivityEvent[] {
  return db.all<ActivityEvent>(sql`
    select a.id as activityId, a.title as title, a.start_date as startDate, a.end_date as endDate,
      o.name_local as ourLocal, o.name_romanised as ourRomanised, o.name_zh as ourZh
    from activities a join localities o on o.id = a.organiser_locality_id
    where a.archived_at is null and a.start_date >= ${opts.from} and a.start_date <= ${opts.to} and ${inScope(scope)}
    order by a.start_date, a.id limit ${opts.limit}`);
}

/** The dashboard's window for planned delegations: today and the next sixty days. */
export function plannedWindow(today: string): { from: string; to: string } {
  return { from: today, to: addDays(today, PLANNED_DAYS_AHEAD) };
}
