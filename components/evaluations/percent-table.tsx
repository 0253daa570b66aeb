import { getFormatter, getTranslations } from "next-intl/server";
import type { PercentRow } from "@/lib/domain/percentages";
import { percentFormatter, ResultsSection } from "./results-section";

/** One results table: a row per answer with its count and share, and a total row of 100.0%. */
export async function PercentTable<K extends string>({
  id,
  title,
  rows,
  label,
  note,
}: {
  id: string;
  title: string;
  rows: PercentRow<K>[];
  label: (key: K) => string;
  note?: string;
}) {
  const [t, format, pct] = await Promise.all([getTranslations("evaluations.results"), getFormatter(), percentFormatter()]);
  const total = rows.reduce((s, r) => s + r.count, 0);
  return (
    <ResultsSection id={id} title={title}>
      {note ? <p className="mt-1 text-sm text-slate-600">{note}</p> : null}
      <table className="table-base mt-3" data-testid={`table-${id}`}>
        <thead>
          <tr>
            <th scope="col">{t("value")}</th>
            <th scope="col" className="text-right">
              {t("count")}
            </th>
            <th scope="col" className="text-right">
              {t("share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="!bg-transparent !font-normal">
                {label(r.key)}
              </th>
              <td className="text-right tabular-nums">{format.number(r.count)}</td>
              <td className="text-right tabular-nums">{pct(r.percent)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="!bg-transparent">
              {t("total")}
            </th>
            <td className="text-right tabular-nums">{format.number(total)}</td>
            <td className="text-right tabular-nums">{total ? pct(100) : "—"}</td>
          </tr>
        </tbody>
      </table>
    </ResultsSection>
  );
}
