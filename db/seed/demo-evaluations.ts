import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/connection";
import {
  activities,
  activityPartnerships,
  evaluationCampaigns,
  evaluations,
  localities,
  partnerLinks,
  partnershipStatusHistory,
  partnerships,
} from "@/db/schema";
import {
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  type ActivityCategory,
  type PartnerLanguage,
  type PartnershipPurpose,
  type PartnershipStatus,
} from "@/lib/domain/enums";
import { trendFromCounts } from "@/lib/domain/trend";
import type { YearlyStatus } from "./demo-exchanges";
import type { Random } from "./random";

export const DEMO_CAMPAIGN_YEARS = [2023, 2024, 2025];

/** Closed, fully approved campaigns for recent years, agreeing with the status history. */
export function seedDemoEvaluations(db: Db, rng: Random, statuses: YearlyStatus, adminId: number): void {
  const counts = new Map<string, number>();
  const topCategory = new Map<string, ActivityCategory>();
  const rows = db
    .select({
      partnershipId: activityPartnerships.partnershipId,
      year: sql<number>`cast(substr(${activities.startDate}, 1, 4) as integer)`,
      category: activities.category,
      n: sql<number>`count(*)`,
    })
    .from(activities)
    .innerJoin(activityPartnerships, eq(activityPartnerships.activityId, activities.id))
    .groupBy(activityPartnerships.partnershipId, sql`2`, activities.category)
    .all();
  const best = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.partnershipId}|${r.year}`;
    counts.set(key, (counts.get(key) ?? 0) + r.n);
    if (r.n > (best.get(key) ?? 0)) {
      best.set(key, r.n);
      topCategory.set(key, r.category);
    }
  }
  const pairs = db
    .select({ id: partnerships.id, owner: partnerships.ourLocalityId, country: localities.countryCode })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.partnerLocalityId))
    .all();
  const owners = new Map(pairs.map((p) => [p.id, p.owner]));
  const countries = new Map(pairs.map((p) => [p.id, p.country]));
  db.transaction((tx) => {
    for (const year of DEMO_CAMPAIGN_YEARS) {
      const campaign = tx
        .insert(evaluationCampaigns)
        .values({
          year,
          title: `${year}年度友好城市交往评估`,
          opensOn: `${year + 1}-01-10`,
          closesOn: `${year + 1}-03-31`,
          state: "closed",
          openedAt: new Date(`${year + 1}-01-10T01:00:00Z`),
          closedAt: new Date(`${year + 1}-04-01T01:00:00Z`),
          createdBy: adminId,
        })
        .returning({ id: evaluationCampaigns.id })
        .get();
      for (const [partnershipId, byYear] of statuses) {
        const status = byYear.get(year);
        const localityId = owners.get(partnershipId);
        if (!status || !localityId) continue;
        const series = [4, 3, 2, 1, 0].map((back) => counts.get(`${partnershipId}|${year - back}`) ?? 0);
        const purposes = PARTNERSHIP_PURPOSES.filter(() => rng.chance(0.35));
        const evaluation = tx
          .insert(evaluations)
          .values({
            campaignId: campaign.id,
            partnershipId,
            localityId,
            state: "approved",
            status,
            trend: trendFromCounts(series),
            purposes: (purposes.length ? purposes : ["widen_external_exchanges"]) as PartnershipPurpose[],
            mostFrequentCategory: topCategory.get(`${partnershipId}|${year}`) ?? null,
            politicalEffect: rng.chance(0.7) ? "unaffected" : rng.chance(0.85) ? "constrained" : "all_paused",
            submittedAt: new Date(`${year + 1}-03-01T02:00:00Z`),
            reviewedAt: new Date(`${year + 1}-03-20T02:00:00Z`),
            reviewedBy: adminId,
          })
          .returning({ id: evaluations.id })
          .get();
        const partnerAnswer = partnerSideAnswer(partnershipId, year, status);
        if (partnerAnswer)
          tx.insert(partnerLinks)
            .values({
              evaluationId: evaluation.id,
              // An answered link whose token was never issued: nobody can open it.
              tokenHash: randomBytes(32).toString("hex"),
              language: partnerLanguage(countries.get(partnershipId)),
              expiresAt: new Date(`${year + 1}-04-30T00:00:00Z`),
              answeredAt: new Date(`${year + 1}-03-15T02:00:00Z`),
              status: partnerAnswer,
              trend: trendFromCounts(series),
              purposes: ["widen_external_exchanges"],
              createdBy: adminId,
            })
            .run();
        tx.update(partnershipStatusHistory)
          .set({ source: "evaluation", evaluationId: evaluation.id })
          .where(and(eq(partnershipStatusHistory.partnershipId, partnershipId), eq(partnershipStatusHistory.year, year)))
          .run();
      }
    }
  });
}

/**
 * The partner side's answer for about a third of the pairs (chosen by id, not by the seed's random stream, so
 * the rest of the demo stays as it was): mostly the same rating as ours, some a step warmer or cooler.
 */
function partnerSideAnswer(partnershipId: number, year: number, ours: PartnershipStatus): PartnershipStatus | null {
  if ((partnershipId + year) % 3 !== 0) return null;
  const i = PARTNERSHIP_STATUSES.indexOf(ours);
  const step = [0, 0, 0, -1, 1][(partnershipId * 7 + year) % 5] ?? 0;
  return PARTNERSHIP_STATUSES[Math.min(PARTNERSHIP_STATUSES.length - 1, Math.max(0, i + step))] ?? ours;
}

/** The questionnaire's language for the partner's country. */
function partnerLanguage(country: string | undefined): PartnerLanguage {
  return country === "JP" ? "ja" : country === "KR" ? "ko" : "en";
}
