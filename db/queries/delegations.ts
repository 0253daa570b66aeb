import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { delegationMembers, delegationPartnerships, delegations, localities, partnerships } from "@/db/schema";
import { scopeCondition } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { DelegationDirection, DelegationStatus, LeaderRank } from "@/lib/domain/enums";
import type { DelegationListParams } from "@/lib/validation/delegation-list";
import { containsText } from "./search";
import type { WithinScope } from "./activities";
import { partnersOfDelegations, type PartnerName } from "./activities-partners";
import { exchangeSearchSql, withPartners } from "./exchange-list";

export type DelegationRow = {
  id: number;
  direction: DelegationDirection;
  status: DelegationStatus;
  leaderName: string;
  leaderTitle: string | null;
  leaderRank: LeaderRank;
  startDate: string;
  endDate: string | null;
  ourLocalityId: number;
  ourLocalityName: string;
  ourLocalityRomanised: string;
  ourLocalityZh: string | null;
  members: number;
  archived: boolean;
  partners: PartnerName[];
};

/** Our locality of a delegation, joined by the list and the calendar (filters refer to it). */
export const ourLoc = alias(localities, "our_loc");

function linkedPartnerSql(condition: SQL): SQL {
  return sql`exists (select 1 from ${delegationPartnerships} dp
    join ${partnerships} p on p.id = dp.partnership_id
    join ${localities} pl on pl.id = p.partner_locality_id
    where dp.delegation_id = ${delegations.id} and ${condition})`;
}

/** The WHERE of the delegation list and of the calendar. */
export function delegationFilterSql(f: Omit<Partial<DelegationListParams>, "archived"> & { archived?: boolean } & WithinScope): SQL[] {
  const where: SQL[] = [f.archived ? isNotNull(delegations.archivedAt) : isNull(delegations.archivedAt)];
  // A delegation is its locality's on our side (sending or receiving).
  const inScope = f.within && scopeCondition(f.within, { localityId: delegations.ourLocalityId, provinceCode: ourLoc.provinceCode });
  if (inScope) where.push(inScope);
  if (f.direction) where.push(eq(delegations.direction, f.direction));
  if (f.status) where.push(eq(delegations.status, f.status));
  if (f.locality) where.push(eq(delegations.ourLocalityId, f.locality));
  if (f.province) where.push(eq(ourLoc.provinceCode, f.province));
  if (f.region) where.push(sql`${ourLoc.provinceCode} in (select code from provinces where region = ${f.region})`);
  if (f.partnership) {
    where.push(
      sql`exists (select 1 from ${delegationPartnerships} dp where dp.delegation_id = ${delegations.id} and dp.partnership_id = ${f.partnership})`,
    );
  }
  if (f.country) where.push(linkedPartnerSql(sql`pl.country_code = ${f.country}`));
  if (f.from) where.push(sql`coalesce(${delegations.endDate}, ${delegations.startDate}) >= ${f.from}`);
  if (f.to) where.push(sql`${delegations.startDate} <= ${f.to}`);
  if (f.startFrom) where.push(sql`${delegations.startDate} >= ${f.startFrom}`);
  if (f.startTo) where.push(sql`${delegations.startDate} <= ${f.startTo}`);
  if (f.rank) where.push(eq(delegations.leaderRank, f.rank));
  if (f.notCancelled) where.push(sql`${delegations.status} <> 'cancelled'`);
  const q = f.q?.trim();
  if (q) {
    const text = sql`(${containsText(delegations.leaderName, q)} or ${containsText(delegations.purpose, q)}
      or exists (select 1 from ${delegationMembers} m where m.delegation_id = ${delegations.id} and ${containsText(sql`m.name`, q)}))`;
    where.push(exchangeSearchSql(q, text, ourLoc.searchKey, linkedPartnerSql));
  }
  return where;
}

const SORTS = {
  startDate: [delegations.startDate],
  leaderName: [delegations.leaderName],
  direction: [delegations.direction, delegations.startDate],
  status: [delegations.status, delegations.startDate],
  ourLocality: [ourLoc.nameLocal, delegations.startDate],
} as const;

/** The list's ORDER BY for its `sort` and `dir`, ties broken by id: the same on every page and in the export. */
export function delegationOrder(params: Pick<DelegationListParams, "sort" | "dir">): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  return [...SORTS[params.sort], delegations.id].map((c) => direction(c));
}

/** How many people a delegation has (the list's and the export's "members"). */
export const delegationMembersSql = sql<number>`(select count(*) from ${delegationMembers} m where m.delegation_id = ${delegations.id})`;

/** `select <selection> from` the list's tables: delegations ⋈ our locality (`ourLoc`). */
export function selectDelegations<S extends SelectedFields>(db: DbOrTx, selection: S) {
  return db.select(selection).from(delegations).innerJoin(ourLoc, eq(ourLoc.id, delegations.ourLocalityId));
}

/** One page of the delegation list (reading is shared nationally). */
export function listDelegations(
  db: DbOrTx,
  _viewer: Viewer,
  params: DelegationListParams & WithinScope,
): { rows: DelegationRow[]; total: number } {
  const where = and(...delegationFilterSql(params));
  const total = selectDelegations(db, { n: count() }).where(where).get()?.n ?? 0;
  const rows = selectDelegations(db, {
    id: delegations.id,
    direction: delegations.direction,
    status: delegations.status,
    leaderName: delegations.leaderName,
    leaderTitle: delegations.leaderTitle,
    leaderRank: delegations.leaderRank,
    startDate: delegations.startDate,
    endDate: delegations.endDate,
    ourLocalityId: delegations.ourLocalityId,
    ourLocalityName: ourLoc.nameLocal,
    ourLocalityRomanised: ourLoc.nameRomanised,
    ourLocalityZh: ourLoc.nameZh,
    members: delegationMembersSql,
    archivedAt: delegations.archivedAt,
  })
    .where(where)
    .orderBy(...delegationOrder(params))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const partners = partnersOfDelegations(
    db,
    rows.map((r) => r.id),
  );
  return { total, rows: withPartners(rows, partners) };
}
