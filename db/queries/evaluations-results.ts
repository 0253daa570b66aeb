import { aliasedTable, and, eq, isNotNull, sql, type SQL, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, evaluations, localities, partnerLinks, partnerships, provinces } from "@/db/schema";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_TRENDS,
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  type ActivityCategory,
  type ActivityTrend,
  type PartnershipPurpose,
  type PartnershipStatus,
  type Region,
} from "@/lib/domain/enums";
import { percentTable, type PercentRow } from "@/lib/domain/percentages";
import { scopeCondition, viewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

const ours = aliasedTable(localities, "ours");
const partner = aliasedTable(localities, "partner");

export type ResultsFilters = { province?: string; region?: Region };

export type CountryRow = { code: string; nameEn: string; nameZh: string; total: number; statuses: PercentRow<PartnershipStatus>[] };

/** The report's tables for one campaign (approved answers), each as counts and shares summing to 100.0. */
export type CampaignResults = {
  answered: number;
  status: PercentRow<PartnershipStatus>[];
  byCountry: CountryRow[];
  bySide: { ours: PercentRow<PartnershipStatus>[]; partner: PercentRow<PartnershipStatus>[]; oursTotal: number; partnerTotal: number };
  trend: PercentRow<ActivityTrend>[];
  /** Shares of all purposes chosen (a multiple choice), so that the table sums to 100.0. */
  purposes: PercentRow<PartnershipPurpose>[];
  purposeChoices: number;
  topCategory: PercentRow<ActivityCategory>[];
};

/** Partner links other than the latest answer of their evaluation: an evaluation counts one partner answer. */
const isLatestAnswer = sql`not exists (select 1 from partner_links later where later.evaluation_id = ${partnerLinks.evaluationId} and later.answered_at is not null
  and (later.answered_at > ${partnerLinks.answeredAt} or (later.answered_at = ${partnerLinks.answeredAt} and later.id > ${partnerLinks.id})))`;

/**
 * A campaign's results within the viewer's own scope (a province
 * administrator's province, city staff's locality, the nation's for national
 * administrators), narrowed by the filters.
 */
export function getCampaignResults(db: DbOrTx, viewer: Viewer, campaignId: number, filters: ResultsFilters): CampaignResults {
  const where: SQL | undefined = and(
    eq(evaluations.campaignId, campaignId),
    eq(evaluations.state, "approved"),
    isNull(evaluations.archivedAt),
    scopeCondition(viewerScope(viewer), { localityId: evaluations.localityId, provinceCode: ours.provinceCode }),
    filters.province ? eq(ours.provinceCode, filters.province) : undefined,
    filters.region ? eq(provinces.region, filters.region) : undefined,
  );
  const rows = db
    .select({
      status: evaluations.status,
      trend: evaluations.trend,
      purposes: evaluations.purposes,
      topCategory: evaluations.mostFrequentCategory,
      countryCode: partner.countryCode,
      countryEn: countries.nameEn,
      countryZh: countries.nameZh,
    })
    .from(evaluations)
    .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
    .innerJoin(ours, eq(ours.id, evaluations.localityId))
    .leftJoin(provinces, eq(provinces.code, ours.provinceCode))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, partner.countryCode))
    .where(where)
    .all();
  const partnerAnswers = db
    .select({ status: partnerLinks.status, n: sql<number>`count(*)` })
    .from(partnerLinks)
    .innerJoin(evaluations, eq(evaluations.id, partnerLinks.evaluationId))
    .innerJoin(ours, eq(ours.id, evaluations.localityId))
    .leftJoin(provinces, eq(provinces.code, ours.provinceCode))
    .where(and(where, isNotNull(partnerLinks.answeredAt), isNotNull(partnerLinks.status), isLatestAnswer))
    .groupBy(partnerLinks.status)
    .all();

  const tally = <K extends string>(values: (K | null)[]) => {
    const counts = new Map<K, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const statusCounts = tally(rows.map((r) => r.status));
  const partnerCounts = new Map(partnerAnswers.flatMap((r) => (r.status ? [[r.status, r.n] as const] : [])));
  const purposes = rows.flatMap((r) => r.purposes ?? []);

  const countryMap = new Map<string, { nameEn: string; nameZh: string; statuses: (PartnershipStatus | null)[] }>();
  for (const r of rows) {
    const entry = countryMap.get(r.countryCode) ?? { nameEn: r.countryEn, nameZh: r.countryZh, statuses: [] };
    entry.statuses.push(r.status);
    countryMap.set(r.countryCode, entry);
  }
  const byCountry = [...countryMap]
    .map(([code, e]) => ({
      code,
      nameEn: e.nameEn,
      nameZh: e.nameZh,
      total: e.statuses.length,
      statuses: percentTable(PARTNERSHIP_STATUSES, tally(e.statuses)),
    }))
    .sort((a, b) => b.total - a.total || a.nameEn.localeCompare(b.nameEn));

  const status = percentTable(PARTNERSHIP_STATUSES, statusCounts);
  return {
    answered: rows.length,
    status,
    byCountry,
    bySide: {
      ours: status,
      partner: percentTable(PARTNERSHIP_STATUSES, partnerCounts),
      oursTotal: [...statusCounts.values()].reduce((s, n) => s + n, 0),
      partnerTotal: [...partnerCounts.values()].reduce((s, n) => s + n, 0),
    },
    trend: percentTable(ACTIVITY_TRENDS, tally(rows.map((r) => r.trend))),
    purposes: percentTable(PARTNERSHIP_PURPOSES, tally(purposes)),
    purposeChoices: purposes.length,
    topCategory: percentTable(ACTIVITY_CATEGORIES, tally(rows.map((r) => r.topCategory))),
  };
}
