import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { latestCampaignYear } from "@/db/queries/annual-report";
import { annualDocument, resolveAnnualRequest } from "@/db/reports/annual/document";
import { annualReportChoices } from "@/db/reports/annual/options";
import { AnnualReportForm } from "@/components/reports/annual-report-form";
import { AnnualReportPreview } from "@/components/reports/annual-report-preview";
import { PageHeader } from "@/components/ui/page-header";
import { statisticsScope } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { thisYear } from "@/lib/domain/clock";
import { ANNUAL_LANGUAGES } from "@/lib/i18n/annual-report";
import { annualReportInput, annualReportSchema, type AnnualReportParams } from "@/lib/validation/annual-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("annualReport");
  return { title: t("title") };
}

/** Reports → Annual report: a year, a scope and a language; a preview of the text, and the PDF. */
export default async function AnnualReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("reports.export");
  const [t, root, locale] = await Promise.all([getTranslations("annualReport"), getTranslations(), getLocale()]);
  const db = getDb();
  const own = statisticsScope(viewer);
  // Without a choice in the URL: the viewer's own scope, the latest campaign's year, the interface's language.
  const defaults: AnnualReportParams = {
    year: latestCampaignYear(db, thisYear()) ?? thisYear(),
    scope: own.kind,
    ...(own.kind === "province" ? { province: own.provinceCode } : {}),
    ...(own.kind === "locality" ? { locality: own.localityId } : {}),
    lang: locale === "en" ? "en" : "zh-CN",
  };
  const raw = annualReportInput(await searchParams);
  // What the URL leaves out keeps its default (a link with only ?lang=en, say).
  const parsed = annualReportSchema.safeParse({ ...defaults, ...raw });
  const params = parsed.success ? parsed.data : defaults;
  const request = resolveAnnualRequest(db, viewer, params);
  const choices = annualReportChoices(db, viewer, locale, (key) => root(key as never));
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="mb-4 text-sm">
        <Link href="/reports" className="btn-link">
          {root("reports.title")}
        </Link>
      </p>
      <AnnualReportForm value={params} {...choices} languages={ANNUAL_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("errors.badQuery")}
        </p>
      ) : null}
      {request.ok ? (
        <>
          <section className="card mb-6 p-4" aria-labelledby="annual-downloads">
            <h2 id="annual-downloads" className="mb-3">
              {t("downloads")}
            </h2>
            <div className="flex flex-wrap gap-2">
              <a className="btn-primary" href={`/reports/annual/file?${query}&format=pdf`} download>
                {t("downloadPdf")}
              </a>
              <a className="btn-secondary" href={`/reports/annual/file?${query}&format=docx`} download>
                {t("downloadDocx")}
              </a>
            </div>
          </section>
          <AnnualReportPreview document={annualDocument(db, request)} />
        </>
      ) : (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t(`errors.${request.key}`)}
        </p>
      )}
    </>
  );
}
