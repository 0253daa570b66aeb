import { sql } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/connection";

/** Each opened campaign with its results downloads. */
export async function EvaluationDownloads({ db }: { db: Db }) {
  const t = await getTranslations("reports");
  const campaigns = db.all<{ id: number; title: string }>(sql`select id, title from evaluation_campaigns where archived_at is null and state <> 'draft' order by year desc, id desc`);
  if (campaigns.length === 0) return null;
  return (
    <section className="card mb-6 p-4" aria-labelledby="evaluation-results-title">
      <h2 id="evaluation-results-title" className="mb-1">{t("evaluationResults")}</h2>
      <p className="field-hint mb-3">{t("evaluationResultsHint")}</p>
      <ul className="space-y-2">
        {campaigns.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="min-w-48 font-medium">{c.title}</span>
            {(["xlsx", "pdf", "csv"] as const).map((f) => (
              <a key={f} className="btn-secondary !px-2.5 !py-1 text-xs" href={`/reports/evaluations?campaign=${c.id}&format=${f}`} download aria-label={`${c.title} ${f.toUpperCase()}`}>
                {f.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
