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
