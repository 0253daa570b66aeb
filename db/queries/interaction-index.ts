import { and, eq, gte, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations, partnerships } from "@/db/schema";
import { computeInteractionIndex, emptyIndexInputs, type IndexInputs, type InteractionIndex } from "@/lib/domain/interaction-index";
import { chunks } from "./evaluation-facts";

/** What the index reads from the log, for several partnerships in one year. */
export function getIndexInputsBulk(db: DbOrTx, partnershipIds: number[], year: number): Map<number, IndexInputs> {
  const result = new Map<number, IndexInputs>();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  for (const chunk of chunks(partnershipIds, 500)) {
    const signed = db
      .select({ id: partnerships.id, signedOn: partnerships.signedOn })
      .from(partnerships)
      .where(inArray(partnerships.id, chunk))
      .all();
    for (const row of signed) result.set(row.id, emptyIndexInputs(year, row.signedOn ? Number(row.signedOn.slice(0, 4)) : null));
    const acts = db
      .select({
        pid: activityPartnerships.partnershipId,
        n: sql<number>`count(*)`,
        categories: sql<number>`count(distinct ${activities.category})`,
        official: sql<number>`sum(case when ${activities.category} = 'official_visit' then 1 else 0 end)`,
        participants: sql<number>`coalesce(sum(coalesce(${activities.participantsOurs}, 0) + coalesce(${activities.participantsPartner}, 0)), 0)`,
      })
      .from(activities)
      .innerJoin(activityPartnerships, eq(activityPartnerships.activityId, activities.id))
      .where(
        and(
          inArray(activityPartnerships.partnershipId, chunk),
          isNull(activities.archivedAt),
          gte(activities.startDate, from),
          lte(activities.startDate, to),
        ),
      )
      .groupBy(activityPartnerships.partnershipId)
      .all();
    for (const row of acts) {
      const inputs = result.get(row.pid);
      if (!inputs) continue;
      Object.assign(inputs, {
        activities: row.n,
        categories: row.categories,
        officialVisits: row.official,
        participants: row.participants,
      });
    }
    const dels = db
      .select({ pid: delegationPartnerships.partnershipId, rank: delegations.leaderRank, n: sql<number>`count(*)` })
      .from(delegations)
      .innerJoin(delegationPartnerships, eq(delegationPartnerships.delegationId, delegations.id))
      .where(
        and(
          inArray(delegationPartnerships.partnershipId, chunk),
          isNull(delegations.archivedAt),
          ne(delegations.status, "cancelled"),
          gte(delegations.startDate, from),
          lte(delegations.startDate, to),
        ),
      )
      .groupBy(delegationPartnerships.partnershipId, delegations.leaderRank)
      .all();
    for (const row of dels) {
      const inputs = result.get(row.pid);
      if (!inputs) continue;
      inputs.delegationsByRank[row.rank] = row.n;
      inputs.delegations += row.n;
    }
  }
  return result;
}

/** The index of several partnerships in one year. */
export function getInteractionIndexBulk(db: DbOrTx, partnershipIds: number[], year: number): Map<number, InteractionIndex> {
  const inputs = getIndexInputsBulk(db, partnershipIds, year);
  return new Map([...inputs].map(([id, i]) => [id, computeInteractionIndex(i)]));
}
