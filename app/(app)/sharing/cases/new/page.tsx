import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { caseLinkOptions } from "@/db/loaders/case";
import { activityCasePrefill } from "@/db/queries/cases";
import { CaseForm } from "@/components/cases/case-form";
import { caseFormDefaults } from "@/components/cases/case-defaults";
import { PageHeader } from "@/components/ui/page-header";
import { officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { casePrefillSchema } from "@/lib/validation/case";
import { parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("newTitle") };
}

/** A new case; `?activity=<id>` writes one up from an activity (title, dates, category, partnerships and description carried over). */
export default async function NewCasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("records.edit");
  if (!officeOf(viewer)) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("cases"), getLocale()]);
  const { activity } = parseListParams(casePrefillSchema, await searchParams);
  const source = activity ? activityCasePrefill(getDb(), activity) : null;
  const links = { partnershipIds: source?.partnershipIds ?? [], localityIds: [], activityIds: source ? [source.id] : [] };
  const defaults = caseFormDefaults(
    source
      ? {
          title: source.title,
          summary: source.description?.split("\n")[0]?.slice(0, 1000) ?? "",
          body: [source.description, source.outcomes].filter(Boolean).join("\n\n"),
          category: source.category,
          startDate: source.startDate,
          endDate: source.endDate,
          ...links,
        }
      : {},
  );
  return (
    <>
      <PageHeader title={t("newTitle")} description={source ? t("fromActivity", { title: source.title }) : t("newDescription")} />
      <CaseForm mode="create" defaults={{ ...defaults, sourceActivityId: source?.id ?? "" }} links={caseLinkOptions(links, locale)} />
    </>
  );
}
