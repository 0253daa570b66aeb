import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, evaluations, partnerships } from "@/db/schema";
import { ACTIVITY_CATEGORIES, ACTIVITY_TRENDS, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES, POLITICAL_EFFECTS } from "@/lib/domain/enums";
import {
  categoryKey,
  choiceTable,
  countryTables,
  multipleChoiceTable,
  NONE_HAPPENED,
  sideTables,
  tallyGroups,
  UNANSWERED,
  type AnswerGroup,
  type ChoiceTable,
  type MultipleChoiceTable,
} from "@/lib/domain/evaluation-tables";
import { scopeCondition, viewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ResultsScopeFilters } from "@/lib/validation/evaluation-answers";
import { latestPartnerStatus, ours, partner, scopeFilterConditions } from "./evaluation-answer-filter";

export type CountryResults = { code: string; nameEn: string; nameZh: string; table: ChoiceTable };

/** The report's tables for one campaign (its approved answers), as counts and one-decimal shares. */
export type CampaignResults = {
  answered: number;
  status: ChoiceTable;
  byCountry: CountryResults[];
  /** The pairs answered on both sides: our answers beside the partner side's, for the same pairs. */
  bySide: { ours: ChoiceTable; partner: ChoiceTable; pairs: number };
  trend: ChoiceTable;
  purposes: MultipleChoiceTable;
  category: ChoiceTable;
  effect: ChoiceTable;
};

/** The approved, current answers of a campaign (or of several: a year's) within the viewer's own scope, narrowed by the filters. */
function answersWhere(viewer: Viewer, campaignIds: number | readonly number[], filters: ResultsScopeFilters): SQL | undefined {
  return and(
    typeof campaignIds === "number" ? eq(evaluations.campaignId, campaignIds) : inArray(evaluations.campaignId, [...campaignIds]),
    eq(evaluations.state, "approved"),
    isNull(evaluations.archivedAt),
    scopeCondition(viewerScope(viewer), { localityId: evaluations.localityId, provinceCode: ours.provinceCode }),
    ...scopeFilterConditions(filters),
  );
}

/**
 * A campaign's results within the viewer's own scope (a province administrator's province, city staff's
 * locality, the nation for national administrators), narrowed by the filters. Two aggregate queries over
 * the campaign's answers (evaluations_state_idx): one GROUP BY of the single-choice answers, one sum per purpose.
 */
export function getCampaignResults(
  db: DbOrTx,
  viewer: Viewer,
  campaignIds: number | readonly number[],
  filters: ResultsScopeFilters,
): CampaignResults {
  const where = answersWhere(viewer, campaignIds, filters);
  const from = <T extends Record<string, unknown>>(selection: T) =>
    db
      .select(selection as never)
      .from(evaluations)
      .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
      .innerJoin(ours, eq(ours.id, evaluations.localityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .where(where);
  const groups = (
    from({
      country: partner.countryCode,
      status: evaluations.status,
      trend: evaluations.trend,
      category: evaluations.mostFrequentCategory,
      imported: sql<number>`${evaluations.importId} is not null`,
      effect: evaluations.politicalEffect,
      partnerStatus: latestPartnerStatus,
      n: sql<number>`count(*)`,
    })
      .groupBy(sql`1, 2, 3, 4, 5, 6, 7`)
      .all() as unknown as (Omit<AnswerGroup, "imported"> & { imported: number })[]
  ).map((g): AnswerGroup => ({ ...g, imported: g.imported === 1 }));
  const purposeSums = from({
    respondents: sql<number>`coalesce(sum(coalesce(json_array_length(${evaluations.purposes}), 0) > 0), 0)`,
    ...Object.fromEntries(
      PARTNERSHIP_PURPOSES.map((p) => [
        p,
        sql<number>`coalesce(sum(exists (select 1 from json_each(${evaluations.purposes}) where value = ${p})), 0)`,
      ]),
    ),
  }).get() as Record<string, number> | undefined;

  const answered = groups.reduce((s, g) => s + g.n, 0);
  const codes = [...new Set(groups.map((g) => g.country))];
  const names = new Map(
    codes.length === 0
      ? []
      : db
          .select({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh })
          .from(countries)
          .where(inArray(countries.code, codes))
          .all()
          .map((c) => [c.code, c]),
  );
  const purposeCounts = new Map(PARTNERSHIP_PURPOSES.map((p) => [p, purposeSums?.[p] ?? 0]));
  return {
    answered,
    status: choiceTable(
      PARTNERSHIP_STATUSES,
      tallyGroups(groups, (g) => g.status ?? UNANSWERED),
    ),
    byCountry: countryTables(PARTNERSHIP_STATUSES, groups).map(({ country, table }) => ({
      code: country,
      nameEn: names.get(country)?.nameEn ?? country,
      nameZh: names.get(country)?.nameZh ?? country,
      table,
    })),
    bySide: sideTables(PARTNERSHIP_STATUSES, groups),
    trend: choiceTable(
      ACTIVITY_TRENDS,
      tallyGroups(groups, (g) => g.trend ?? UNANSWERED),
    ),
    purposes: multipleChoiceTable(PARTNERSHIP_PURPOSES, purposeCounts, purposeSums?.respondents ?? 0, answered),
    category: choiceTable(
      ACTIVITY_CATEGORIES,
      tallyGroups(groups, (g) => categoryKey(g.category, g.imported)),
      [NONE_HAPPENED, UNANSWERED],
      [UNANSWERED],
    ),
    effect: choiceTable(
      POLITICAL_EFFECTS,
      tallyGroups(groups, (g) => g.effect ?? UNANSWERED),
    ),
  };
}
