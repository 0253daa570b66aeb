import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/data-table/filter-select";
import { SearchInput } from "@/components/data-table/search-input";
import { EvaluationEmpty } from "@/components/evaluations/evaluation-empty";
import { EvaluationTable } from "@/components/evaluations/evaluation-table";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listEvaluations } from "@/db/queries/evaluations";
import { requireCapability } from "@/lib/auth/session";
import { EVALUATION_STATES } from "@/lib/domain/enums";
import { today } from "@/lib/domain/clock";
import { parseListParams } from "@/lib/validation/list-params";
import { evaluationListParamsSchema } from "@/lib/validation/evaluation-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("mine.title") };
}

export default async function MyEvaluationsPage({ searchParams }: PageProps<"/evaluations">) {
  const viewer = await requireCapability("evaluations.answer");
  const params = parseListParams(evaluationListParamsSchema, await searchParams);
  const [t, te] = await Promise.all([getTranslations("evaluations"), getTranslations("enums.evaluationState")]);
  const db = getDb();
  const { rows, total } = listEvaluations(db, viewer, params, "answer");
  // An empty filtered list says that nothing matched, and how many evaluations are still waiting without the filter.
  const filtered = Boolean(params.q || params.state);
  const waiting =
    rows.length === 0 && filtered
      ? listEvaluations(db, viewer, { ...params, q: "", state: undefined, page: 1, pageSize: 1 }, "answer").total
      : total;
  const clearHref = params.campaign ? `/evaluations?campaign=${params.campaign}` : "/evaluations";
  return (
    <>
      <PageHeader title={t("title")} description={t("mine.description")} />
      <EvaluationsNav viewer={viewer} current="mine" />
      <h2 className="sr-only">{t("mine.title")}</h2>
      <div className="mb-4 grid gap-4 sm:grid-cols-[minmax(0,20rem)_minmax(0,14rem)]">
        <SearchInput label={t("mine.searchLabel")} />
        <FilterSelect param="state" label={t("mine.stateFilter")} options={EVALUATION_STATES.map((s) => ({ value: s, label: te(s) }))} />
      </div>
      <EvaluationTable
        rows={rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString(), submittedAt: undefined }))}
        total={total}
        params={params}
        today={today()}
        emptyState={
          <EvaluationEmpty
            q={params.q || undefined}
            stateLabel={params.state ? te(params.state) : undefined}
            waiting={waiting}
            clearHref={clearHref}
          />
        }
      />
    </>
  );
}
