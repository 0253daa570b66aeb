import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { exchangeFilterOptions } from "@/db/queries/activities-filter-options";
import { CASES_PAGE_SIZE, listCases } from "@/db/queries/cases";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseList } from "@/components/cases/case-list";
import { CasePager } from "@/components/cases/case-pager";
import { PageHeader } from "@/components/ui/page-header";
import { officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { caseListSchema } from "@/lib/validation/case";
import { firstValues, parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("title") };
}

/** The experience library: search and filters, featured cases first, then the newest published. */
export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(caseListSchema, raw);
  const [t, locale] = await Promise.all([getTranslations("cases"), getLocale()]);
  const db = getDb();
  const { rows, total } = listCases(db, viewer, params);
  const canWrite = officeOf(viewer) !== null;
  const query = new URLSearchParams(firstValues(raw));
  query.delete("page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite ? (
            <Link href="/sharing/cases/new" className="btn-primary">
              {t("new")}
            </Link>
          ) : null
        }
      />
      <CaseFilters params={params} provinces={exchangeFilterOptions(db, locale).provinces} canWrite={canWrite} />
      <p className="mb-3 text-sm text-slate-700" role="status">
        {t("found", { count: total })}
      </p>
      <CaseList rows={rows} />
      <CasePager page={params.page} total={total} pageSize={CASES_PAGE_SIZE} query={query} />
    </>
  );
}
