import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listImports } from "@/db/queries/imports";
import { ImportHistory } from "@/components/imports/import-history";
import { TemplateLinks } from "@/components/imports/template-links";
import { UploadForm } from "@/components/imports/upload-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

/** Start an import (kind, file, templates) and read the history of earlier ones. */
export default async function ImportsPage() {
  const viewer = await requireCapability("records.edit");
  const t = await getTranslations("imports");
  const rows = listImports(getDb(), viewer);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="new-import-title" className="card p-5 lg:col-span-2">
          <h2 id="new-import-title" className="mb-3 text-base">
            {t("new.title")}
          </h2>
          <UploadForm />
        </section>
        <section aria-labelledby="templates-title" className="card p-5 lg:self-start">
          <h2 id="templates-title" className="mb-3 text-base">
            {t("new.templates")}
          </h2>
          <TemplateLinks />
        </section>
      </div>
      <section aria-labelledby="history-title" className="card mt-6 p-5">
        <h2 id="history-title" className="mb-3 text-base">
          {t("history.title")}
        </h2>
        <ImportHistory rows={rows} />
      </section>
    </>
  );
}
