import { getTranslations } from "next-intl/server";
import type { AnnualDocument } from "@/db/reports/annual/document";

/** The report's title and each section's heading and generated sentences, in the report's language. */
export async function AnnualReportPreview({ document }: { document: AnnualDocument }) {
  const t = await getTranslations("annualReport");
  return (
    <section className="card p-5" aria-labelledby="annual-preview">
      <p className="field-hint mb-4">{t("previewNote")}</p>
      <div lang={document.lang}>
        <h2 id="annual-preview" className="mb-1 text-xl" data-testid="annual-title">
          {document.title}
        </h2>
        <p className="mb-4 text-sm text-slate-600">
          {document.scopeLine} · {document.yearLine} · {document.generated}
        </p>
        {document.sections.map((s) => (
          <section key={s.key} aria-labelledby={`annual-${s.key}`} className="mb-4">
            <h3 id={`annual-${s.key}`} className="mb-1 text-base font-semibold text-brand-800">
              {s.heading}
            </h3>
            {s.sentences.map((sentence) => (
              <p key={sentence} className="mb-1 text-sm">
                {sentence}
              </p>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
