import { getLocale, getTranslations } from "next-intl/server";
import type { ProvinceProgress } from "@/db/queries/campaigns-progress";
import { EVALUATION_STATES } from "@/lib/domain/enums";

/** Evaluations by state, per province, with each province's localities beneath it. */
export async function ProgressTable({ progress }: { progress: ProvinceProgress[] }) {
  const [t, te, locale] = await Promise.all([getTranslations("evaluations.progress"), getTranslations("enums.evaluationState"), getLocale()]);
  if (progress.length === 0) return <p className="card p-6 text-sm text-slate-700">{t("empty")}</p>;
  const zh = locale === "zh-CN";
  const cells = (counts: ProvinceProgress["counts"], overdue: number) => (
    <>
      {EVALUATION_STATES.map((s) => (
        <td key={s} className="text-right tabular-nums">{counts[s]}</td>
      ))}
      <td className="text-right tabular-nums">{counts.total}</td>
      <td className={`text-right tabular-nums ${overdue ? "font-semibold text-red-800" : ""}`}>{overdue ? `⚠ ${overdue}` : 0}</td>
    </>
  );
  return (
    <div className="card overflow-x-auto">
      <table className="table-base" data-testid="progress-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area")}</th>
            {EVALUATION_STATES.map((s) => (
              <th key={s} scope="col" className="text-right">{te(s)}</th>
            ))}
            <th scope="col" className="text-right">{t("total")}</th>
            <th scope="col" className="text-right">{t("overdue")}</th>
          </tr>
        </thead>
        {progress.map((p) => (
          <tbody key={p.code ?? "none"} className="border-t-2 border-slate-300">
            <tr className={`bg-slate-50 font-semibold ${p.overdue ? "text-red-900" : ""}`}>
              <th scope="rowgroup" className="!bg-transparent">{zh ? p.nameZh : p.nameEn}</th>
              {cells(p.counts, p.overdue)}
            </tr>
            {p.localities.map((l) => (
              <tr key={l.localityId} className={l.overdue ? "bg-red-50" : undefined}>
                <th scope="row" className="!bg-transparent pl-6 !font-normal">{zh ? l.localityName : l.localityRomanised}</th>
                {cells(l.counts, l.overdue)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
