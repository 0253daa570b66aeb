import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { ourSideWhere, PARTNERSHIP_FROM, type StatScope } from "./statistics-scope";
import type { PartnershipStatus, Region } from "@/lib/domain/enums";

/**
 * The annual report's own reads (issue 14, part C): the year's campaigns, the latest earlier
 * year with answers, the partnerships whose recorded status changed, round
 * anniversaries and the largest delegations. Each is grouped or LIMITed.
 */
type Where = { scope: StatScope; filters: { region?: Region } };

const EVALUATIONS_FROM = sql.raw(`evaluations e join evaluation_campaigns c on c.id = e.campaign_id
  join localities o on o.id = e.locality_id left join provinces pr on pr.code = o.province_code`);

const approved = (w: Where) =>
  sql`e.state = 'approved' and e.archived_at is null and c.archived_at is null and ${ourSideWhere(w.scope, w.filters)}`;

/** The year's campaigns (not archived), latest first: the annual report counts their answers together. */
export function campaignIdsOfYear(db: DbOrTx, year: number): number[] {
  return db
    .all<{ id: number }>(sql`select id from evaluation_campaigns where year = ${year} and archived_at is null order by id desc`)
    .map((r) => r.id);
}

/** The latest year before `year` with approved answers in scope, or null. */
export function previousAnsweredYear(db: DbOrTx, w: Where, year: number): number | null {
  return (
    db.get<{ y: number | null }>(sql`select max(c.year) as y from ${EVALUATIONS_FROM} where c.year < ${year} and ${approved(w)}`)?.y ?? null
  );
}

const NAMES = sql.raw(`o.name_local as oursLocal, o.name_romanised as oursRomanised, o.name_zh as oursZh,
  p.name_local as partnerLocal, p.name_romanised as partnerRomanised, p.name_zh as partnerZh`);

export type PairNames = {
  id: number;
  oursLocal: string;
  oursRomanised: string;
  oursZh: string | null;
  partnerLocal: string;
  partnerRomanised: string;
  partnerZh: string | null;
};

export type StatusChange = PairNames & { before: PartnershipStatus; after: PartnershipStatus };
export type StatusChanges = {
  previous: number | null;
  /** Counts of (before, after) pairs that differ. */
  pairs: { before: PartnershipStatus; after: PartnershipStatus; n: number }[];
  rows: StatusChange[];
};

/** Partnerships whose recorded status in `year` differs from the latest earlier year with any status in scope. */
export function getStatusChanges(db: DbOrTx, w: Where, year: number, limit: number): StatusChanges {
  const where = sql`ps.archived_at is null and ${ourSideWhere(w.scope, w.filters)}`;
  const previous =
    db.get<{ y: number | null }>(sql`select max(h.year) as y from ${PARTNERSHIP_FROM}
      join partnership_status_history h on h.partnership_id = ps.id where h.year < ${year} and ${where}`)?.y ?? null;
  if (previous === null) return { previous, pairs: [], rows: [] };
  const joined = sql`${PARTNERSHIP_FROM} join partnership_status_history h1 on h1.partnership_id = ps.id and h1.year = ${year}
    join partnership_status_history h0 on h0.partnership_id = ps.id and h0.year = ${previous}
    where h1.status <> h0.status and ${where}`;
  const pairs = db.all<{ before: PartnershipStatus; after: PartnershipStatus; n: number }>(
    sql`select h0.status as before, h1.status as after, count(*) as n from ${joined} group by 1, 2`,
  );
  const rows = db.all<StatusChange>(sql`select ps.id as id, ${NAMES}, h0.status as before, h1.status as after
    from ${joined} order by o.name_romanised, p.name_romanised limit ${limit}`);
  return { previous, pairs, rows };
}

export type Anniversary = PairNames & { signedOn: string; years: number };

/** Partnerships signed a round number of years (10, 20…) before `year`: how many, and the oldest first. */
export function getAnniversaries(db: DbOrTx, w: Where, year: number, limit: number): { count: number; rows: Anniversary[] } {
  const age = sql`(${year} - cast(substr(ps.signed_on, 1, 4) as integer))`;
  const where = sql`ps.archived_at is null and ps.signed_on is not null and ${age} > 0 and ${age} % 10 = 0 and ${ourSideWhere(w.scope, w.filters)}`;
  const count = db.get<{ n: number }>(sql`select count(*) as n from ${PARTNERSHIP_FROM} where ${where}`)?.n ?? 0;
  const rows = db.all<Anniversary>(sql`select ps.id as id, ${NAMES}, ps.signed_on as signedOn, ${age} as years
    from ${PARTNERSHIP_FROM} where ${where} order by ps.signed_on, ps.id limit ${limit}`);
  return { count, rows };
}

export type LargeDelegation = {
  id: number;
  leaderName: string;
  leaderTitle: string | null;
  startDate: string;
  direction: "incoming" | "outgoing";
  oursLocal: string;
  oursRomanised: string;
  members: number;
};

/** The year's largest delegations by members listed (cancelled ones left out), read through the start-date index. */
export function getLargestDelegations(db: DbOrTx, w: Where, year: number, limit: number): LargeDelegation[] {
  return db.all<LargeDelegation>(sql`select d.id as id, d.leader_name as leaderName, d.leader_title as leaderTitle,
      d.start_date as startDate, d.direction as direction, o.name_local as oursLocal, o.name_romanised as oursRomanised,
      (select count(*) from delegation_members m where m.delegation_id = d.id) as members
    from delegations d join localities o on o.id = d.our_locality_id left join provinces pr on pr.code = o.province_code
    where d.start_date between ${`${year}-01-01`} and ${`${year}-12-31`} and d.archived_at is null and d.status <> 'cancelled'
      and ${ourSideWhere(w.scope, w.filters)}
    order by members desc, d.start_date, d.id limit ${limit}`);
}

/** The latest year of an opened campaign up to `year` (the annual report's default year), or null. */
export function latestCampaignYear(db: DbOrTx, year: number): number | null {
  return (
    db.get<{ y: number | null }>(
      sql`select max(year) as y from evaluation_campaigns where archived_at is null and state <> 'draft' and year <= ${year}`,
    )?.y ?? null
  );
}
