import { getTranslations } from "next-intl/server";
import type { OpenedCampaign } from "@/db/queries/campaigns-opened";

/** Each opened campaign (db/queries/campaigns-opened.ts) with its results downloads. */
export async function EvaluationDownloads({ campaigns }: { campaigns: OpenedCampaign[] }) {
  const t = await getTranslations("reports");
  if (campaigns.length === 0) return null;
  return (
    <section className="card mb-6 p-4" aria-labelledby="evaluation-results-title">
      <h2 id="evaluation-results-title" className="mb-1">
        {t("evaluationResults")}
      </h2>
      <p className="field-hint mb-3">{t("evaluationResultsHint")}</p>
      <ul className="space-y-2">
        {campaigns.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="min-w-48 font-medium">{c.title}</span>
            {(["xlsx", "pdf", "csv"] as const).map((f) => (
              <a
                key={f}
                className="btn-secondary !px-2.5 !py-1 text-xs"
                href={`/reports/evaluations?campaign=${c.id}&format=${f}`}
                download
                aria-label={`${c.title} ${f.toUpperCase()}`}
              >
                {f.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
