import { getTranslations } from "next-intl/server";

/** The report's downloads: the workbook, the printable PDF, and each table as CSV. */
export async function ReportDownloads({ query }: { query: string }) {
  const t = await getTranslations("reports");
  const href = (extra: string) => `/reports/activity?${query}${query ? "&" : ""}${extra}`;
  return (
    <section className="card mb-6 p-4" aria-labelledby="downloads-title">
      <h2 id="downloads-title" className="mb-3">
        {t("downloads")}
      </h2>
      <div className="flex flex-wrap gap-2">
        <a className="btn-primary" href={href("format=xlsx")} download>
          {t("downloadXlsx")}
        </a>
        <a className="btn-secondary" href={href("format=pdf")} download>
          {t("downloadPdf")}
        </a>
        <a className="btn-secondary" href={href("format=csv&table=partnerships")} download>
          {t("downloadCsvPartnerships")}
        </a>
        <a className="btn-secondary" href={href("format=csv&table=activities")} download>
          {t("downloadCsvActivities")}
        </a>
        <a className="btn-secondary" href={href("format=csv&table=delegations")} download>
          {t("downloadCsvDelegations")}
        </a>
      </div>
      <p className="field-hint">{t("downloadsHint")}</p>
    </section>
  );
}
