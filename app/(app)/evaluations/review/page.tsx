import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchInput } from "@/components/data-table/search-input";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { ReviewTable } from "@/components/evaluations/review-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { eventsByYear, getEvaluationFactsBulk } from "@/db/queries/evaluation-facts";
import { listEvaluations } from "@/db/queries/evaluations";
import { getInteractionIndexBulk } from "@/db/queries/interaction-index";
import { requireCapability } from "@/lib/auth/session";
import { disagreementFlags } from "@/lib/domain/evaluation-flags";
import { evaluationListParamsSchema } from "@/lib/validation/evaluation-list";
import { parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("review.title") };
}

export default async function ReviewQueuePage({ searchParams }: PageProps<"/evaluations/review">) {
  const viewer = await requireCapability("evaluations.review");
  const params = parseListParams(evaluationListParamsSchema, await searchParams);
  const t = await getTranslations("evaluations");
  const db = getDb();
  const { rows, total } = listEvaluations(db, viewer, params, "review");
  const byYear = new Map<number, number[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.partnershipId]);
  const index = new Map<string, number>();
  const events = new Map<string, number[]>();
  for (const [year, ids] of byYear) {
    for (const [id, value] of getInteractionIndexBulk(db, ids, year)) index.set(`${id}|${year}`, value.total);
    for (const [id, facts] of getEvaluationFactsBulk(db, ids, year)) events.set(`${id}|${year}`, eventsByYear(facts));
  }
  const tableRows = rows.map((r) => {
    const key = `${r.partnershipId}|${r.year}`;
    const indexTotal = index.get(key) ?? 0;
    return {
      ...r,
      updatedAt: r.updatedAt.toISOString(),
      submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
      indexTotal,
      flags: disagreementFlags({ status: r.status, eventsByYear: events.get(key) ?? [], indexTotal }),
    };
  });
  return (
    <>
      <PageHeader title={t("title")} description={t("review.description")} />
      <EvaluationsNav viewer={viewer} current="review" />
      <h2 className="sr-only">{t("review.title")}</h2>
      <div className="mb-4 max-w-xs">
        <SearchInput label={t("mine.searchLabel")} />
      </div>
      <ReviewTable rows={tableRows} total={total} params={params} />
    </>
  );
}
