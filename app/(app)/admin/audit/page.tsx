import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { currentVersions, labelKey, recordLabels } from "@/db/queries/audit-labels";
import { listUserOptions } from "@/db/queries/users-admin";
import { AuditEntry } from "@/components/admin/audit-entry";
import { AuditFilters } from "@/components/admin/audit-filters";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { restoreOffers } from "@/lib/domain/restorable";
import { firstValues, parseListParams } from "@/lib/validation/list-params";
import { auditListSchema } from "@/lib/validation/user-lists";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const viewer = await requireCapability("audit.read");
  const raw = await searchParams;
  const params = parseListParams(auditListSchema, raw);
  const [t, tc, format] = await Promise.all([getTranslations("admin.audit"), getTranslations("common"), getFormatter()]);
  const db = getDb();
  const { rows, total } = listAudit(db, params);
  // Names and current versions of the page's records: a few queries per page, never one per entry.
  const labels = recordLabels(db, rows, await getLocale());
  const versions = currentVersions(db, rows);
  // Offered to those who may edit; the action checks each record's scope again.
  const offers = hasCapability(viewer, "records.edit") ? restoreOffers(rows, versions) : new Map();
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  const pageHref = (page: number) => `/admin/audit?${new URLSearchParams({ ...firstValues(raw), page: String(page) })}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilters params={params} users={listUserOptions(db)} />
      <section aria-labelledby="audit-entries-title">
        <h2 id="audit-entries-title" className="sr-only">
          {t("entries")}
        </h2>
        <p className="mb-3 text-sm text-slate-700" aria-live="polite" data-testid="row-count">
          {tc("rowCount", { count: total })}
          {total > 0 ? ` · ${tc("pageOf", { page: format.number(Math.min(params.page, pages)), pages: format.number(pages) })}` : ""}
        </p>
        {rows.length === 0 ? (
          <p className="card p-6 text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ol className="space-y-2">
            {rows.map((entry) => (
              <AuditEntry
                key={entry.id}
                entry={entry}
                record={labels.get(labelKey(entry))}
                restore={
                  offers.has(entry.id) ? { offers: offers.get(entry.id)!, currentVersion: versions.get(labelKey(entry))! } : undefined
                }
              />
            ))}
          </ol>
        )}
        <nav aria-label={t("pagination")} className="mt-4 flex gap-3">
          {params.page > 1 ? (
            <Link className="btn-secondary" href={pageHref(Math.min(params.page - 1, pages))}>
              {t("previous")}
            </Link>
          ) : null}
          {params.page < pages ? (
            <Link className="btn-secondary" href={pageHref(params.page + 1)}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
