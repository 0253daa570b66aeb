import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { INDEX_DIMENSIONS, type InteractionIndex } from "@/lib/domain/interaction-index";

/** The interaction index of one year: each dimension as a labelled bar, and the total. */
export async function IndexCard({ index, year }: { index: InteractionIndex; year: number }) {
  const t = await getTranslations("evaluations.index");
  return (
    <section aria-labelledby="index-title" className="card p-4">
      <h2 id="index-title" className="text-base">
        {t("title", { year })}
      </h2>
      <p className="mt-2 text-3xl font-semibold tabular-nums text-brand-800" data-testid="index-total">
        {index.total}
        <span className="ml-1 text-sm font-normal text-slate-600">/ 100</span>
      </p>
      <dl className="mt-3 space-y-2 text-sm">
        {INDEX_DIMENSIONS.map((d) => (
          <div key={d} className="relative flex justify-between pb-3">
            <dt className="text-slate-700">{t(d)}</dt>
            <dd className="tabular-nums text-slate-900">
              {t("outOf", { value: index[d] })}
              <span aria-hidden="true" className="absolute inset-x-0 bottom-0 block h-1.5 rounded bg-slate-200">
                <span className="block h-1.5 rounded bg-brand-600" style={{ width: `${index[d]}%` }} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <Link href="/evaluations/index-formula" className="btn-link mt-3">
        {t("formulaLink")}
      </Link>
    </section>
  );
}

/** The index of each of several years, dimension by dimension. */
export async function IndexHistory({ series }: { series: { year: number; index: InteractionIndex }[] }) {
  const t = await getTranslations("evaluations.index");
  return (
    <section aria-labelledby="index-history-title" tabIndex={0} className="card overflow-x-auto p-4">
      <h2 id="index-history-title" className="text-base">
        {t("history")}
      </h2>
      <table className="table-base mt-3">
        <caption className="sr-only">{t("historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dimension")}</th>
            {series.map((s) => (
              <th key={s.year} scope="col" className="text-right">{s.year}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...INDEX_DIMENSIONS, "total" as const].map((d) => (
            <tr key={d} className={d === "total" ? "font-semibold" : undefined}>
              <th scope="row" className="!bg-transparent !font-normal">{t(d)}</th>
              {series.map((s) => (
                <td key={s.year} className="text-right tabular-nums">{s.index[d]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
