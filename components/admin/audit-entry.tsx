import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/db/queries/audit";
import type { RecordLabel } from "@/db/queries/audit-labels";
import { readRestoreSummary, type RestoreOffer } from "@/lib/domain/restorable";
import { auditValueShower } from "./audit-value";
import { auditDiff } from "./audit-diff";
import { AuditRestoreButton } from "./audit-restore-button";
import { TableHead } from "@/components/ui/table-head";

type Restore = { offers: RestoreOffer[]; currentVersion: number };

/**
 * One audit entry: what, which record (by its name, linked), who and when;
 * expandable to its before/after values and, for an earlier version of a
 * record the viewer may edit, a way to bring it back.
 */
export async function AuditEntry({ entry, record, restore }: { entry: AuditRow; record?: RecordLabel; restore?: Restore }) {
  const [t, th, te, tf, format] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("history"),
    getTranslations("enums"),
    getTranslations("admin.fields"),
    getFormatter(),
  ]);
  const rows = auditDiff(entry.before, entry.after);
  const show = await auditValueShower((f, v) => (f === "role" && te.has(`role.${v}`) ? te(`role.${v}`) : undefined));
  const label = (field: string) => (entry.entityType === "user" && tf.has(field) ? tf(field) : field);
  const entity = te(`auditedEntity.${entry.entityType}`);
  const name = record?.name ?? th("unknownRecord", { id: entry.entityId });
  const title = th("entryTitle", { action: te(`auditAction.${entry.action}`), entity, name });
  const restored = readRestoreSummary(entry.summary);
  return (
    <li className="card" data-testid="audit-entry" data-audit-id={entry.id}>
      {/* The record's link stays outside <summary>: a link inside the toggle is a nested control. */}
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 pt-3">
        <span className="font-medium text-slate-900">
          {th("entryPrefix", { action: te(`auditAction.${entry.action}`), entity })}{" "}
          {record?.href ? (
            <Link href={record.href} className="font-semibold">
              {name}
            </Link>
          ) : (
            name
          )}
          {record?.detail ? <span className="ml-1 font-normal text-slate-600">({record.detail})</span> : null}
        </span>
        <span className="text-sm text-slate-700">{t("by", { name: entry.userName ?? t("system") })}</span>
        <time dateTime={entry.at.toISOString()} className="text-sm text-slate-600">
          {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      </div>
      <details>
        <summary className="cursor-pointer px-4 pb-3 pt-1 text-sm text-brand-700">{t("showChanges")}</summary>
        <div className="border-t border-slate-200 px-4 py-3">
          {restored ? (
            <p className="mb-2 text-sm text-slate-700">{th("restoredVersion", { version: restored.restoredVersion })}</p>
          ) : entry.summary ? (
            <p className="mb-2 text-sm text-slate-700">{entry.summary}</p>
          ) : null}
          {rows.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noChanges")}</p>
          ) : (
            <table className="table-base">
              <TableHead caption={title} columns={[t("field"), t("before"), t("after")]} />
              <tbody>
                {rows.map((row) => (
                  <tr key={row.field}>
                    <th scope="row" className="font-medium">
                      {label(row.field)}
                    </th>
                    <td className="text-slate-700">
                      {entry.before ? <del className="decoration-red-700">{show(row.field, row.before)}</del> : "—"}
                    </td>
                    <td>
                      {entry.after ? <ins className="no-underline font-medium text-slate-900">{show(row.field, row.after)}</ins> : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {restore?.offers.length ? (
            <div className="mt-3 space-y-2">
              {restore.offers.map((offer) => (
                <AuditRestoreButton key={offer.side} offer={offer} currentVersion={restore.currentVersion} />
              ))}
              <p className="field-hint">{th("restore.scopeHint")}</p>
            </div>
          ) : null}
        </div>
      </details>
    </li>
  );
}
