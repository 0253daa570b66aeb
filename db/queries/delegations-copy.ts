import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { delegations, localities } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { LeaderRank } from "@/lib/domain/enums";
import { editableLocalitySql } from "./activities-scope";
import { delegationWithMembers } from "./delegations-detail";

export type CopySource = { id: number; startDate: string; leaderName: string; ourName: string; ourRomanised: string; ourZh: string | null };

/** Earlier outgoing delegations this viewer may copy people from (their scope), newest first. */
export function copySources(db: DbOrTx, viewer: Viewer, limit = 50): CopySource[] {
  return db
    .select({
      id: delegations.id,
      startDate: delegations.startDate,
      leaderName: delegations.leaderName,
      ourName: localities.nameLocal,
      ourRomanised: localities.nameRomanised,
      ourZh: localities.nameZh,
    })
    .from(delegations)
    .innerJoin(localities, eq(localities.id, delegations.ourLocalityId))
    .where(
      and(eq(delegations.direction, "outgoing"), isNull(delegations.archivedAt), editableLocalitySql(viewer, delegations.ourLocalityId)),
    )
    .orderBy(desc(delegations.startDate), desc(delegations.id))
    .limit(limit)
    .all();
}

export type CopiedPeople = {
  ourLocalityId: number;
  ownerProvinceCode: string | null;
  leaderName: string;
  leaderTitle: string | null;
  leaderRank: LeaderRank;
  members: { name: string; title: string | null; organisation: string | null }[];
};

/** The leader and members of a delegation, to start a new one from. */
export function delegationPeople(db: DbOrTx, id: number): CopiedPeople | null {
  const row = delegationWithMembers(db, id);
  if (!row) return null;
  return {
    ourLocalityId: row.delegation.ourLocalityId,
    ownerProvinceCode: row.ourProvince,
    leaderName: row.delegation.leaderName,
    leaderTitle: row.delegation.leaderTitle,
    leaderRank: row.delegation.leaderRank,
    members: row.members,
  };
}
