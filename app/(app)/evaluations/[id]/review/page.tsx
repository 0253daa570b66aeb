import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswersView } from "@/components/evaluations/answers-view";
import { EvaluationHeading } from "@/components/evaluations/evaluation-heading";
import { FactsPanel } from "@/components/evaluations/facts-panel";
import { FlagsPanel } from "@/components/evaluations/flags-panel";
import { IndexCard } from "@/components/evaluations/index-card";
import { evaluationEvidence, loadEvaluationForPage } from "@/db/loaders/evaluation";
import { PartnerLinkList } from "@/components/evaluations/partner-link-list";
import { toPartnerLinkItems } from "@/components/evaluations/partner-link-items";
import { ReviewPanel } from "@/components/evaluations/review-form";
import { getDb } from "@/db/client";
import { eventsByYear } from "@/db/queries/evaluation-facts";
import { listPartnerLinks } from "@/db/queries/evaluations-partner-links";
import { isOwnSubmission } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { disagreementFlags } from "@/lib/domain/evaluation-flags";
import { isReviewableState } from "@/lib/domain/evaluation-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("review.title") };
}

export default async function ReviewPage({ params }: PageProps<"/evaluations/[id]/review">) {
  const viewer = await requireCapability("evaluations.review");
  const detail = loadEvaluationForPage(viewer, (await params).id, ["evaluations.review"]);
  const [t, tp, te, terr] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("partner"),
    getTranslations("enums"),
    getTranslations("errors"),
  ]);
  const db = getDb();
  const { evaluation: e, campaign } = detail;
  const { facts, index } = evaluationEvidence(detail);
  const flags = disagreementFlags({ status: e.status, eventsByYear: eventsByYear(facts), indexTotal: index?.total ?? 0 });
  // The reviewer is never the one who submitted; the action refuses it too.
  const ownSubmission = isOwnSubmission(viewer, e);
  const links = toPartnerLinkItems(listPartnerLinks(db, e.id)).filter((l) => l.answeredAt);
  return (
    <>
      <EvaluationHeading detail={detail} titleKey="review.pageTitle" />
      <p className="mb-4 text-sm text-slate-800" data-testid="registry-status">
        {t("review.registryStatus")}:{" "}
        <strong>{detail.partnership.status ? te(`partnershipStatus.${detail.partnership.status}`) : "—"}</strong>
      </p>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <FlagsPanel flags={flags} />
          <AnswersView answers={e} year={campaign.year} title={t("review.ourAnswer")} />
          <section aria-labelledby="partner-answer-title" className="card p-5">
            <h2 id="partner-answer-title" className="text-base">
              {tp("title")}
            </h2>
            <div className="mt-3">
              <PartnerLinkList links={links} canManage={false} />
            </div>
          </section>
          <ReviewPanel
            id={e.id}
            version={e.version}
            year={campaign.year}
            reviewable={isReviewableState(e.state) && campaign.state === "open" && !ownSubmission}
            notReviewableText={
              campaign.state !== "open"
                ? t("form.lockedClosed")
                : !isReviewableState(e.state)
                  ? t("review.notReviewable", { state: te(`evaluationState.${e.state}`) })
                  : terr("cannotReviewOwnSubmission")
            }
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
