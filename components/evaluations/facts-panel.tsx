import { getFormatter, getTranslations } from "next-intl/server";
import type { EvaluationFacts } from "@/db/queries/evaluation-facts";
import { TableHead } from "@/components/ui/table-head";
import { isoToDate } from "@/components/exchanges/labels";

/** What the log says: activities and delegations a year, the trend they imply, the top kind, the last contact. */
export async function FactsPanel({ facts, year }: { facts: EvaluationFacts; year: number }) {
  const [t, te, format] = await Promise.all([getTranslations("evaluations.facts"), getTranslations("enums"), getFormatter()]);
  return (
    <section aria-labelledby="facts-title" className="card p-4">
      <h2 id="facts-title" className="text-base">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <table className="table-base mt-3" data-testid="facts-table">
        <TableHead
          caption={t("caption")}
          columns={[t("year"), { label: t("activities"), className: "text-right" }, { label: t("delegations"), className: "text-right" }]}
        />
        <tbody>
          {facts.years.map((y, i) => (
            <tr key={y} className={y === year ? "font-semibold" : undefined}>
              <th scope="row" className="!bg-transparent !font-normal">
                {y}
              </th>
              <td className="text-right tabular-nums">{format.number(facts.activities[i] ?? 0)}</td>
              <td className="text-right tabular-nums">{format.number(facts.delegations[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="text-slate-600">{t("impliedTrend")}</dt>
          <dd className="font-medium text-slate-900">{te(`activityTrend.${facts.impliedTrend}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("topCategory", { year })}</dt>
          <dd className="font-medium text-slate-900">{facts.topCategory ? te(`activityCategory.${facts.topCategory}`) : t("nothing")}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("lastContact")}</dt>
          <dd className="font-medium text-slate-900">
            {facts.lastContact ? format.dateTime(isoToDate(facts.lastContact), { dateStyle: "long" }) : t("nothing")}
          </dd>
        </div>
      </dl>
    </section>
  );
}
