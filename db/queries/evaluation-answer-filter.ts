import { aliasedTable, and, eq, isNotNull, isNull, sql, type Column, type SQL } from "drizzle-orm";
import { evaluations, localities } from "@/db/schema";
import { NONE_HAPPENED, UNANSWERED } from "@/lib/domain/evaluation-tables";
import type { AnswerFilters, ResultsScopeFilters } from "@/lib/validation/evaluation-answers";

/** Our side's locality (which answers) and the partner's, as every evaluation query joins them. */
export const ours = aliasedTable(localities, "ours");
export const partner = aliasedTable(localities, "partner");

/**
 * The partner side's latest answered status for an evaluation (several links may have been answered in turn: the
 * latest counts), or null: one indexed look-up (partner_links_evaluation_idx) per evaluation.
 */
export const latestPartnerStatus = sql<string | null>`(select pl.status from partner_links pl where pl.evaluation_id = ${evaluations.id}
  and pl.answered_at is not null order by pl.answered_at desc, pl.id desc limit 1)`;

/** A single-choice column equal to the answer, or empty for "not answered". */
function answered(column: Column, value: string) {
  return value === UNANSWERED ? isNull(column) : eq(column, value);
}

/** The scope filters of the results (region, province, locality of ours, partner country) on the evaluation's joins. */
export function scopeFilterConditions(f: ResultsScopeFilters): (SQL | undefined)[] {
  return [
    f.region ? sql`${ours.provinceCode} in (select code from provinces where region = ${f.region})` : undefined,
    f.province ? eq(ours.provinceCode, f.province) : undefined,
    f.locality ? eq(evaluations.localityId, f.locality) : undefined,
    f.country ? eq(partner.countryCode, f.country) : undefined,
  ];
}

/** The answer filters: the records behind one number of a results table. */
export function answerFilterConditions(f: AnswerFilters): (SQL | undefined)[] {
  const category =
    f.category === NONE_HAPPENED
      ? and(isNull(evaluations.mostFrequentCategory), isNull(evaluations.importId))
      : f.category === UNANSWERED
        ? and(isNull(evaluations.mostFrequentCategory), isNotNull(evaluations.importId))
        : f.category
          ? eq(evaluations.mostFrequentCategory, f.category)
          : undefined;
  return [
    f.status ? answered(evaluations.status, f.status) : undefined,
    f.trend ? answered(evaluations.trend, f.trend) : undefined,
    f.effect ? answered(evaluations.politicalEffect, f.effect) : undefined,
    category,
    f.purpose ? sql`exists (select 1 from json_each(${evaluations.purposes}) where value = ${f.purpose})` : undefined,
    f.paired || f.partnerStatus ? and(isNotNull(evaluations.status), isNotNull(latestPartnerStatus)) : undefined,
    f.partnerStatus ? sql`${latestPartnerStatus} = ${f.partnerStatus}` : undefined,
  ];
}
