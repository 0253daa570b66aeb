import { and, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { delegations } from "@/db/schema";
import type { WithinScope } from "../activities";
import type { DelegationListParams } from "@/lib/validation/delegation-list";
import { delegationFilterSql, delegationMembersSql, delegationOrder, ourLoc, selectDelegations } from "../delegations";
import type { BuiltQuery } from "./reader";

const partnersSql = sql<string | null>`(select group_concat(pl.name_local || ' (' || pl.name_romanised || ')', '; ')
  from delegation_partnerships dp join partnerships p on p.id = dp.partnership_id join localities pl on pl.id = p.partner_locality_id
  where dp.delegation_id = ${delegations.id})`;

/** The same partners by their Chinese names, "神户市; …" (the romanised name where none is recorded yet). */
const partnersZhSql = sql<string | null>`(select group_concat(coalesce(pl.name_zh, pl.name_romanised), '; ')
  from delegation_partnerships dp join partnerships p on p.id = dp.partnership_id join localities pl on pl.id = p.partner_locality_id
  where dp.delegation_id = ${delegations.id})`;

export const delegationExportSelection = {
  id: delegations.id,
  direction: delegations.direction,
  startDate: delegations.startDate,
  endDate: delegations.endDate,
  ourLocal: ourLoc.nameLocal,
  ourRomanised: ourLoc.nameRomanised,
  partners: partnersSql,
  partnersZh: partnersZhSql,
  leaderName: delegations.leaderName,
  leaderTitle: delegations.leaderTitle,
  leaderRank: delegations.leaderRank,
  members: delegationMembersSql,
  status: delegations.status,
  purpose: delegations.purpose,
  outcomes: delegations.outcomes,
};

export type DelegationExportRow = { [K in keyof typeof delegationExportSelection]: string | number | null };

/** Every delegation the list shows for these URL parameters (all pages): the list's own filters and order (../delegations.ts). */
export function delegationExportQuery(db: DbOrTx, params: DelegationListParams & WithinScope): BuiltQuery {
  return selectDelegations(db, delegationExportSelection)
    .where(and(...delegationFilterSql(params)))
    .orderBy(...delegationOrder(params))
    .toSQL();
}
