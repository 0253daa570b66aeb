import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswersView } from "@/components/evaluations/answers-view";
import { EvaluationHeading } from "@/components/evaluations/evaluation-heading";
import { FactsPanel } from "@/components/evaluations/facts-panel";
import { IndexCard } from "@/components/evaluations/index-card";
import { evaluationEvidence, loadEvaluationForPage } from "@/db/loaders/evaluation";
import { PartnerLinksPanel } from "@/components/evaluations/partner-links-panel";
import { toPartnerLinkItems } from "@/components/evaluations/partner-link-items";
import { QuestionnaireForm } from "@/components/evaluations/questionnaire-form";
import { getDb } from "@/db/client";
import { evaluationOwner } from "@/db/queries/evaluations";
import { listPartnerLinks } from "@/db/queries/evaluations-partner-links";
import { can } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { isEditableState } from "@/lib/domain/evaluation-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("title") };
}

const LANGUAGE_BY_COUNTRY: Record<string, "ja" | "ko" | "zh-CN"> = {
  JP: "ja",
  KR: "ko",
  TW: "zh-CN",
  HK: "zh-CN",
  MO: "zh-CN",
  SG: "zh-CN",
};

export default async function EvaluationPage({ params }: PageProps<"/evaluations/[id]">) {
  const viewer = await requireCapability("evaluations.answer");
  const detail = loadEvaluationForPage(viewer, (await params).id, ["evaluations.answer", "evaluations.review"]);
  const [t, te, format] = await Promise.all([getTranslations("evaluations"), getTranslations("enums"), getFormatter()]);
  const db = getDb();
  const { evaluation: e, campaign } = detail;
  const { facts, index } = evaluationEvidence(detail);
  const mayAnswer = can(viewer, "evaluations.answer", evaluationOwner(detail)) && campaign.state === "open";
  const editable = mayAnswer && isEditableState(e.state);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long" }) : "");
  return (
    <>
      <EvaluationHeading detail={detail} titleKey="form.title" />
      {e.importId ? (
        <p role="note" className="mb-4 text-sm text-slate-800" data-testid="imported-note">
          {t.rich("form.imported", { link: (chunks) => <Link href={`/imports/${e.importId}`}>{chunks}</Link> })}
        </p>
      ) : null}
      {e.state === "returned" && e.reviewComment ? (
        <section role="note" aria-labelledby="returned-title" className="mb-4 rounded-md border-2 border-amber-600 bg-amber-50 p-4">
          <h2 id="returned-title" className="text-base text-amber-950">
            {t("form.returnedTitle")}
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{t("form.returnedBody", { comment: e.reviewComment })}</p>
        </section>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {editable ? (
            <>
              <p className="text-sm text-slate-700">{t("form.intro", { year: campaign.year })}</p>
              <QuestionnaireForm
                year={campaign.year}
                hints={{
                  trend: te(`activityTrend.${facts.impliedTrend}`),
                  topCategory: facts.topCategory ? te(`activityCategory.${facts.topCategory}`) : t("facts.nothing"),
                }}
                defaults={{
                  id: e.id,
                  version: e.version,
                  intent: "draft",
                  status: e.status,
                  trend: e.trend ?? facts.impliedTrend,
                  purposes: e.purposes ?? [],
                  mostFrequentCategory: e.mostFrequentCategory ?? facts.topCategory ?? "",
                  politicalEffect: e.politicalEffect,
                  achievements: e.achievements ?? "",
                  problems: e.problems ?? "",
                  plans: e.plans ?? "",
                }}
              />
            </>
          ) : (
            <>
              <p role="status" className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800">
                {campaign.state !== "open"
                  ? t("form.lockedClosed")
                  : e.state === "approved"
                    ? t("form.lockedApproved", { date: when(e.reviewedAt) })
                    : t("form.lockedSubmitted", { date: when(e.submittedAt) })}
              </p>
              <AnswersView answers={e} year={campaign.year} title={t("form.answersTitle")} />
            </>
          )}
          <PartnerLinksPanel
            evaluationId={e.id}
            defaultLanguage={LANGUAGE_BY_COUNTRY[detail.partner.countryCode] ?? "en"}
            links={toPartnerLinkItems(listPartnerLinks(db, e.id))}
            canManage={mayAnswer}
          />
        </div>
        <div className="space-y-6">
          <FactsPanel facts={facts} year={campaign.year} />
          {index ? <IndexCard index={index} year={campaign.year} /> : null}
        </div>
      </div>
    </>
  );
}
