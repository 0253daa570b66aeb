import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EvaluationDetail } from "@/db/queries/evaluations";
import { PageHeader } from "@/components/ui/page-header";
import { countryName, partnershipName } from "./names";
import { StateBadge } from "./state-badge";
import { isoToDate } from "@/components/exchanges/labels";

/** The title of an evaluation page, its state, deadline and the campaign's instructions. */
export async function EvaluationHeading({ detail, titleKey }: { detail: EvaluationDetail; titleKey: "form.title" | "review.pageTitle" }) {
  const [t, format, locale] = await Promise.all([getTranslations("evaluations"), getFormatter(), getLocale()]);
  const name = partnershipName(locale, detail.ours, detail.partner);
  const { campaign, evaluation } = detail;
  return (
    <>
      <PageHeader
        title={t(titleKey, { year: campaign.year, partnership: name })}
        description={`${countryName(locale, detail.country)} · ${campaign.title}`}
      />
      <p className="-mt-3 mb-4 flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <StateBadge state={evaluation.state} />
        <span>{t("form.deadline", { date: format.dateTime(isoToDate(campaign.closesOn), { dateStyle: "long" }) })}</span>
      </p>
      {campaign.instructions ? (
        <details className="card mb-4 p-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("form.instructions")}</summary>
          <p className="mt-2 whitespace-pre-line text-slate-800">{campaign.instructions}</p>
        </details>
      ) : null}
    </>
  );
}
