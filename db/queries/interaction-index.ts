import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations, partnerships } from "@/db/schema";
import { computeInteractionIndex, emptyIndexInputs, type IndexInputs, type InteractionIndex } from "@/lib/domain/interaction-index";
import { chunks } from "./evaluation-facts";
import { selectCounted } from "./exchanges-counted";

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
    const acts = selectCounted(
      db,
      "activities",
      {
        pid: activityPartnerships.partnershipId,
        n: sql<number>`count(*)`,
        categories: sql<number>`count(distinct ${activities.category})`,
        official: sql<number>`sum(case when ${activities.category} = 'official_visit' then 1 else 0 end)`,
        participants: sql<number>`coalesce(sum(coalesce(${activities.participantsOurs}, 0) + coalesce(${activities.participantsPartner}, 0)), 0)`,
      },
      chunk,
      from,
      to,
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
    const dels = selectCounted(
      db,
      "delegations",
      { pid: delegationPartnerships.partnershipId, rank: delegations.leaderRank, n: sql<number>`count(*)` },
      chunk,
      from,
      to,
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
