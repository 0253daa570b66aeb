import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LocalityProgress, ProvinceProgress } from "@/db/queries/campaigns-progress";
import { completion, totalCounts } from "@/lib/domain/campaign-progress";
import { EVALUATION_STATES } from "@/lib/domain/enums";
import { localityName } from "@/lib/domain/locality-name";

/** A bar (native <progress>, named for screen readers) with its percentage, done of total, and any overdue. */
async function ProgressLine({ area, counts, overdue }: { area: string; counts: ProvinceProgress["counts"]; overdue: number }) {
  const [t, format] = await Promise.all([getTranslations("campaignProgress"), getFormatter()]);
  const c = completion(counts);
  const percent = format.number(c.percent / 100, { style: "percent" });
  return (
    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
      <progress
        value={c.done}
        max={Math.max(c.total, 1)}
        aria-label={t("barLabel", { area, percent })}
        className="h-3 min-w-[8rem] flex-1 overflow-hidden rounded-full [&::-moz-progress-bar]:bg-green-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-green-700"
      />
      <span aria-hidden="true" className="w-12 text-right font-semibold tabular-nums">
        {percent}
      </span>
      <span className="w-28 text-sm tabular-nums text-slate-700">{t("doneOfTotal", { done: c.done, total: c.total })}</span>
      <span className={`w-24 text-sm tabular-nums ${overdue ? "font-semibold text-red-800" : "text-slate-500"}`}>
        {overdue ? `⚠ ${t("overdueCount", { n: overdue })}` : ""}
      </span>
    </span>
  );
}

/** A province's localities by state: the detail behind its bar. */
async function LocalityTable({ caption, localities, zh }: { caption: string; localities: LocalityProgress[]; zh: boolean }) {
  const [t, te] = await Promise.all([getTranslations("evaluations.progress"), getTranslations("enums.evaluationState")]);
  return (
    <div className="overflow-x-auto pb-3 pl-4" tabIndex={0}>
      <table className="table-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area")}</th>
            {EVALUATION_STATES.map((s) => (
              <th key={s} scope="col" className="text-right">
                {te(s)}
              </th>
            ))}
            <th scope="col" className="text-right">
              {t("total")}
            </th>
            <th scope="col" className="text-right">
              {t("overdue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {localities.map((l) => (
            <tr key={l.localityId} className={l.overdue ? "bg-red-50" : undefined}>
              <th scope="row" className="!bg-transparent !font-normal">
                {localityName({ nameLocal: l.localityName, nameRomanised: l.localityRomanised, nameZh: l.localityZh }, zh ? "zh-CN" : "en")}
              </th>
              {EVALUATION_STATES.map((s) => (
                <td key={s} className="text-right tabular-nums">
                  {l.counts[s]}
                </td>
              ))}
              <td className="text-right tabular-nums">{l.counts.total}</td>
              <td className={`text-right tabular-nums ${l.overdue ? "font-semibold text-red-800" : ""}`}>
                {l.overdue ? `⚠ ${l.overdue}` : 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A campaign's progress: one bar per province with its percentage, each opening onto its localities
 * by state. (As one table of every locality the page ran to 17,000 px.) A reviewer of one province
 * sees it open.
 */
export async function ProgressTable({ progress }: { progress: ProvinceProgress[] }) {
  const [t, tp, locale] = await Promise.all([getTranslations("campaignProgress"), getTranslations("evaluations.progress"), getLocale()]);
  if (progress.length === 0) return <p className="card p-6 text-sm text-slate-700">{tp("empty")}</p>;
  const zh = locale === "zh-CN";
  const overall = totalCounts(progress);
  const overdue = progress.reduce((s, p) => s + p.overdue, 0);
  return (
    <div className="card p-4" data-testid="progress-table">
      <p className="mb-3 text-sm text-slate-600">{t("hint")}</p>
      {progress.length > 1 ? (
        <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 border-b-2 border-slate-300 pb-2">
          <span className="w-full font-semibold sm:w-44">{t("overall")}</span>
          <ProgressLine area={t("overall")} counts={overall} overdue={overdue} />
        </div>
      ) : null}
      <ul>
        {progress.map((p) => {
          const name = p.code ? (zh ? p.nameZh : p.nameEn) : t("noProvince");
          return (
            <li key={p.code ?? "none"} className="border-b border-slate-200 last:border-b-0">
              <details open={progress.length === 1} className="group">
                <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 py-2 hover:bg-slate-50">
                  <span className="w-full sm:w-44">
                    {/* A flex summary loses the browser's marker: this one turns when open. */}
                    <span aria-hidden="true" className="mr-1.5 inline-block text-slate-500 transition-transform group-open:rotate-90">
                      ▸
                    </span>
                    <span className="font-medium">{name}</span>
                    <span className="ml-2 text-xs text-slate-600">{t("localityCount", { n: p.localities.length })}</span>
                  </span>
                  <ProgressLine area={name} counts={p.counts} overdue={p.overdue} />
                </summary>
                <LocalityTable caption={t("localitiesOf", { province: name })} localities={p.localities} zh={zh} />
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
