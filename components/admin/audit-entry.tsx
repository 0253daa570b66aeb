import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/db/queries/audit";
import { auditDiff, formatAuditValue } from "./audit-diff";

/** One audit entry: what, which record, who and when; expandable to its before/after values. */
export async function AuditEntry({ entry }: { entry: AuditRow }) {
  const [t, te, tc, tf, format] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("enums"),
    getTranslations("common"),
    getTranslations("admin.fields"),
    getFormatter(),
  ]);
  const rows = auditDiff(entry.before, entry.after);
  const show = (field: string, value: unknown) =>
    formatAuditValue(field, value, {
      empty: "—",
      yes: tc("yes"),
      no: tc("no"),
      dateTime: (d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
      enumLabel: (f, v) => (f === "role" && te.has(`role.${v}`) ? te(`role.${v}`) : undefined),
    });
  const label = (field: string) => (entry.entityType === "user" && tf.has(field) ? tf(field) : field);
  const title = t("entryTitle", { action: te(`auditAction.${entry.action}`), entity: te(`auditedEntity.${entry.entityType}`), id: entry.entityId });
  return (
    <li className="card" data-testid="audit-entry">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
          <span className="font-medium text-slate-900">{title}</span>
          <span className="text-sm text-slate-700">{t("by", { name: entry.userName ?? t("system") })}</span>
          <time dateTime={entry.at.toISOString()} className="text-sm text-slate-600">
            {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
          </time>
          <span className="ml-auto text-sm text-brand-700">{t("showChanges")}</span>
        </summary>
        <div className="border-t border-slate-200 px-4 py-3">
          {entry.summary ? <p className="mb-2 text-sm text-slate-700">{entry.summary}</p> : null}
          {rows.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noChanges")}</p>
          ) : (
            <table className="table-base">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("before")}</th>
                  <th scope="col">{t("after")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.field}>
                    <th scope="row" className="font-medium">{label(row.field)}</th>
                    <td className="text-slate-700">{entry.before ? <del className="decoration-red-700">{show(row.field, row.before)}</del> : "—"}</td>
                    <td>{entry.after ? <ins className="no-underline font-medium text-slate-900">{show(row.field, row.after)}</ins> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
    </li>
  );
}
