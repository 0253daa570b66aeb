import { getFormatter, getTranslations } from "next-intl/server";
import { auditValueShower } from "@/components/admin/audit-value";
import { auditDiff } from "@/components/admin/audit-diff";
import { AuditRestoreButton } from "@/components/admin/audit-restore-button";
import type { RecordLabel } from "@/db/queries/audit-labels";
import type { AuditEntryRow } from "@/db/queries/partnerships-audit";
import { readRestoreSummary, type RestoreOffer } from "@/lib/domain/restorable";
import { TableHead } from "@/components/ui/table-head";

/** The enum lists a field's values are labelled from, tried in turn (a case's status is not a partnership's). */
const ENUM_FIELDS: Record<string, string[]> = {
  type: ["partnershipType"],
  level: ["partnershipLevel"],
  status: ["partnershipStatus", "caseStatus"],
  side: ["contactSide"],
  category: ["activityCategory"],
};
const HIDDEN = new Set(["searchKey", "searchText", "createdAt", "createdBy", "id"]);

function readMerge(summary: string | null): { from?: number; into?: number } | null {
  if (!summary?.startsWith("{")) return null;
  try {
    return JSON.parse(summary) as { from?: number; into?: number };
  } catch {
    return null;
  }
}

type Restore = { offers: Map<number, RestoreOffer[]>; versions: Map<string, number> };

/**
 * The History tab: the audit log of a record (and its contacts, by name),
 * newest first, with each change; and, for those who may edit it, a way to
 * bring an earlier version back.
 */
export async function HistoryList({
  entries,
  labels,
  restore,
}: {
  entries: AuditEntryRow[];
  labels?: Map<string, RecordLabel>;
  restore?: Restore;
}) {
  const [t, th, te, tf, tcf, tlf, tcase, format] = await Promise.all([
    getTranslations("partnerships.history"),
    getTranslations("history"),
    getTranslations("enums"),
    getTranslations("partnerships.fields"),
    getTranslations("partnerships.contacts"),
    getTranslations("localities.fields"),
    getTranslations("cases.fields"),
    getFormatter(),
  ]);
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  const label = (entity: string, field: string) => {
    const source = entity === "contact" ? tcf : entity === "locality" ? tlf : entity === "case" ? tcase : tf;
    return source.has(field) ? source(field) : field;
  };
  const show = await auditValueShower((f, v) => {
    const list = ENUM_FIELDS[f]?.find((l) => te.has(`${l}.${v}`));
    return list ? te(`${list}.${v}`) : undefined;
  });
  return (
    <ol className="space-y-3" aria-label={t("title")}>
      {entries.map((entry) => {
        const rows = auditDiff(entry.before, entry.after).filter((r) => !HIDDEN.has(r.field));
        const merge = readMerge(entry.summary);
        const restored = readRestoreSummary(entry.summary);
        const offers = restore?.offers.get(entry.id) ?? [];
        const key = `${entry.entityType}:${entry.entityId}`;
        const other = entry.entityType !== "partnership" ? labels?.get(key) : undefined;
        return (
          <li key={entry.id} className="card p-4" data-testid="history-entry" data-audit-id={entry.id}>
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="font-semibold text-slate-900">
                {t("entry", { action: te(`auditAction.${entry.action}`), entity: te(`auditedEntity.${entry.entityType}`) })}
                {other ? `: ${other.name}` : null}
              </span>
              <span className="text-slate-700">{t("by", { name: entry.userName ?? t("system") })}</span>
              <time dateTime={entry.at.toISOString()} className="text-slate-600">
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {merge?.from && merge.into ? (
              <p className="mt-1 text-sm text-slate-700">{t("merged", { from: merge.from, into: merge.into })}</p>
            ) : null}
            {restored ? (
              <p className="mt-1 text-sm text-slate-700">{th("restoredVersion", { version: restored.restoredVersion })}</p>
            ) : null}
            {entry.action !== "create" && rows.length > 0 ? (
              <table className="table-base mt-2">
                <TableHead caption={t("changes")} columns={[t("field"), t("before"), t("after")]} />
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.field}>
                      <th scope="row" className="font-medium">
                        {label(entry.entityType, r.field)}
                      </th>
                      <td className="text-slate-700">{show(r.field, r.before)}</td>
                      <td className="text-slate-900">{show(r.field, r.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {offers.length ? (
              <div className="mt-2 space-y-2">
                {offers.map((offer) => (
                  <AuditRestoreButton key={offer.side} offer={offer} currentVersion={restore!.versions.get(key)!} />
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
