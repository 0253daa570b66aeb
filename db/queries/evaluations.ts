import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, evaluationCampaigns, evaluations, partnerships } from "@/db/schema";
import { scopeCondition, scopeFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { EvaluationListParams } from "@/lib/validation/evaluation-list";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import { answerFilterConditions, ours, partner, scopeFilterConditions } from "./evaluation-answer-filter";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";
import { localityNameColumns } from "./locality-columns";
import { containsText, searchTerms } from "./search";

/** The evaluation's owner: the locality on our side, which answers, and its province. */
const OWNER = { localityId: evaluations.localityId, provinceCode: ours.provinceCode };

const SORTS = {
  deadline: [evaluationCampaigns.closesOn, partner.nameRomanised],
  partner: [partner.nameRomanised],
  locality: [ours.nameRomanised, partner.nameRomanised],
  state: [evaluations.state, partner.nameRomanised],
  updated: [evaluations.updatedAt],
} as const;

/** `select <selection> from` an evaluation's tables: evaluation ⋈ campaign ⋈ partnership ⋈ ours ⋈ partner ⋈ country. */
function selectEvaluations<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(evaluations)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
    .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
    .innerJoin(ours, eq(ours.id, evaluations.localityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, partner.countryCode));
  return asListSelect<S>(query);
}

export type EvaluationListRow = Awaited<ReturnType<typeof listEvaluations>>["rows"][number];

/**
 * "My evaluations" (mode answer: in open campaigns unless one is chosen) or
 * the review queue (mode review: submitted answers within the reviewer's province or nation).
 */
export function listEvaluations(db: DbOrTx, viewer: Viewer, params: EvaluationListParams, mode: "answer" | "review") {
  const where = and(
    scopeCondition(scopeFor(viewer, mode === "answer" ? "evaluations.answer" : "evaluations.review"), OWNER),
    params.campaign ? eq(evaluations.campaignId, params.campaign) : mode === "answer" ? eq(evaluationCampaigns.state, "open") : undefined,
    mode === "review" ? eq(evaluations.state, "submitted") : params.state ? eq(evaluations.state, params.state) : undefined,
    isNull(evaluations.archivedAt),
    // The records behind a number of the campaign's results (db/queries/evaluations-results.ts).
    ...scopeFilterConditions(params),
    ...answerFilterConditions(params),
    // Each word must match one side: "Tianjin Kobe" finds the pair.
    ...searchTerms(params.q).map((term) => or(containsText(partner.searchKey, term), containsText(ours.searchKey, term))),
  );
  const base = () =>
    selectEvaluations(db, {
      id: evaluations.id,
      campaignId: evaluations.campaignId,
      campaignTitle: evaluationCampaigns.title,
      year: evaluationCampaigns.year,
      closesOn: evaluationCampaigns.closesOn,
      state: evaluations.state,
      status: evaluations.status,
      updatedAt: evaluations.updatedAt,
      submittedAt: evaluations.submittedAt,
      partnershipId: evaluations.partnershipId,
      ourName: ours.nameLocal,
      ourRomanised: ours.nameRomanised,
      ourZh: ours.nameZh,
      partnerName: partner.nameLocal,
      partnerRomanised: partner.nameRomanised,
      partnerZh: partner.nameZh,
      countryCode: partner.countryCode,
      countryEn: countries.nameEn,
      countryZh: countries.nameZh,
    });
  const order = SORTS[params.sort].map((c) => (params.dir === "desc" ? desc(c) : asc(c)));
  const rows = base()
    .where(where)
    .orderBy(...order, asc(evaluations.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const total =
    selectEvaluations(db, { n: sql<number>`count(*)` })
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

export type EvaluationDetail = NonNullable<ReturnType<typeof getEvaluationDetail>>;

/** One evaluation with its campaign, partnership and both sides' names; undefined if none. */
export function getEvaluationDetail(db: DbOrTx, id: number) {
  return selectEvaluations(db, {
    evaluation: evaluations,
    campaign: evaluationCampaigns,
    partnership: {
      id: partnerships.id,
      signedOn: partnerships.signedOn,
      status: partnerships.status,
      type: partnerships.type,
      level: partnerships.level,
    },
    ours: { ...localityNameColumns(ours), provinceCode: ours.provinceCode },
    partner: { ...localityNameColumns(partner), countryCode: partner.countryCode },
    country: { nameEn: countries.nameEn, nameZh: countries.nameZh },
  })
    .where(eq(evaluations.id, id))
    .get();
}

/** The scope an evaluation is authorised by: the locality on our side and its province. */
export function evaluationOwner(detail: Pick<EvaluationDetail, "ours">) {
  return { ownerLocalityId: detail.ours.id, ownerProvinceCode: detail.ours.provinceCode };
}
