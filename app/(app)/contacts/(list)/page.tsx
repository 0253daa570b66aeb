import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listContactDirectory } from "@/db/queries/contacts-directory";
import { contactFilterOptions } from "@/db/queries/contacts-directory-options";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactTable } from "@/components/contacts/contact-table";
import { ScopeNotice } from "@/components/exchanges/scope-notice";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { resolveListScope } from "@/lib/server/list-scope";
import { contactListSchema } from "@/lib/validation/contact-list";
import { firstValues, parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts");
  return { title: t("title") };
}

export default async function ContactsPage({ searchParams }: PageProps<"/contacts">) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(contactListSchema, raw);
  // Reading is national; the list opens on the viewer's own scope (or their last choice), with one switch to the whole country.
  const scope = await resolveListScope(viewer, "contacts", params);
  const [t, locale] = await Promise.all([getTranslations("contacts"), getLocale()]);
  const db = getDb();
  const { rows, total } = listContactDirectory(db, { ...params, within: scope.within, reader: viewer });
  const options = contactFilterOptions(db, scope.within, locale);
  const query = new URLSearchParams({ ...firstValues(raw), scope: scope.choice });
  query.delete("page");
  const exportHref = (format: "csv" | "xlsx") => `/contacts/export?${new URLSearchParams({ ...Object.fromEntries(query), format })}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          hasCapability(viewer, "reports.export") ? (
            <>
              <a className="btn-secondary" href={exportHref("csv")} download>
                {t("exportCsv")}
              </a>
              <a className="btn-secondary" href={exportHref("xlsx")} download>
                {t("exportXlsx")}
              </a>
            </>
          ) : null
        }
      />
      <ListTools viewer={viewer} list="contacts" scope={scope} savable="contacts" place={await viewerPlace(viewer)} />
      {params.partnership && !options.partnerships ? (
        <ScopeNotice text={t("filteredByPartnership")} clearHref="/contacts" clearLabel={t("clearFilter")} />
      ) : null}
      <ContactFilters partnerships={options.partnerships} countries={options.countries} />
      <p className="mb-2 text-sm text-slate-700" aria-live="polite" data-testid="row-count">
        {t("count", { count: total })}
      </p>
      <ContactTable rows={rows} total={total} params={params} />
    </>
  );
}
