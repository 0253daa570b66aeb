"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { StaleDetails } from "@/lib/errors/app-error";

/**
 * Shown when a save was refused because someone saved first: who, when,
 * which fields, and their newer values. Nothing was overwritten.
 */
export function StaleNotice({
  stale,
  labels,
  formatValue,
  onReload,
}: {
  stale: StaleDetails;
  labels: Record<string, string>;
  formatValue?: (field: string, value: unknown) => string;
  onReload: () => void;
}) {
  const t = useTranslations("common");
  const format = useFormatter();
  const when = stale.updatedAt ? format.dateTime(new Date(stale.updatedAt), { dateStyle: "medium", timeStyle: "short" }) : "";
  const show = formatValue ?? ((_: string, v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v)));
  return (
    <section aria-labelledby="stale-title" className="mb-6 rounded-md border-2 border-amber-600 bg-amber-50 p-4" data-testid="stale-notice">
      <h2 id="stale-title" className="text-base font-semibold text-amber-950">
        {t("staleTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {stale.updatedBy ? t("staleBody", { name: stale.updatedBy, when }) : t("staleBodyUnknown")}
      </p>
      {stale.changedFields.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold text-slate-900">{t("staleChangedFields")}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {stale.changedFields.map((field) => (
              <div key={field} className="contents">
                <dt className="font-medium text-slate-700">{labels[field] ?? field}</dt>
                <dd className="text-slate-900">{show(field, stale.current[field])}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <button type="button" className="btn-secondary mt-3" onClick={onReload}>
        {t("staleReload")}
      </button>
    </section>
  );
}
