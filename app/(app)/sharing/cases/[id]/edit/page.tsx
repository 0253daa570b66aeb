import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { caseLinkOptions, loadCase } from "@/db/loaders/case";
import { CaseForm } from "@/components/cases/case-form";
import { caseFormDefaults } from "@/components/cases/case-defaults";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("editTitle") };
}

/** Editing a case: its office and the administrators above it; an archived case is restored first. */
export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const c = loadCase(await requireCapability("records.edit"), (await params).id);
  if (!c.canEdit) redirect("/forbidden");
  if (c.archivedAt) notFound();
  const [t, locale] = await Promise.all([getTranslations("cases"), getLocale()]);
  return (
    <>
      <PageHeader title={t("editTitle")} description={c.title} />
      <CaseForm mode="edit" defaults={{ ...caseFormDefaults(c), id: c.id, version: c.version }} links={caseLinkOptions(c, locale)} />
    </>
  );
}
