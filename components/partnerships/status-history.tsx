import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { statusHistory } from "@/db/queries/partnerships";

/** The yearly status (友好城市交往评估), newest year first, straight from partnership_status_history. */
export async function StatusHistory({ rows }: { rows: ReturnType<typeof statusHistory> }) {
  const [t, te] = await Promise.all([getTranslations("partnerships"), getTranslations("enums")]);
  return (
    <section aria-labelledby="status-history-title" className="card p-5">
      <h2 id="status-history-title" className="text-base">
        {t("detail.statusHistory")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("detail.noHistory")}</p>
      ) : (
        <table className="table-base mt-3">
          <caption className="sr-only">{t("detail.statusHistory")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("detail.year")}</th>
              <th scope="col">{t("detail.status")}</th>
              <th scope="col">{t("detail.source")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row" className="font-medium tabular-nums">
                  {r.year}
                </th>
                <td>
                  <StatusBadge status={r.status} label={te(`partnershipStatus.${r.status}`)} />
                </td>
                <td className="text-slate-700">{t(`statusSource.${r.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
