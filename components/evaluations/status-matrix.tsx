import { getFormatter, getTranslations } from "next-intl/server";
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from "@/lib/domain/enums";
import type { PercentRow } from "@/lib/domain/percentages";
import { percentFormatter, ResultsSection } from "./results-section";

export type MatrixRow = { key: string; label: string; total: number; statuses: PercentRow<PartnershipStatus>[] };

/** Status shares per row (a country, a side): each row sums to 100.0%. */
export async function StatusMatrix({ id, title, rowHeader, rows }: { id: string; title: string; rowHeader: string; rows: MatrixRow[] }) {
  const [t, te, format, pct] = await Promise.all([
    getTranslations("evaluations.results"),
    getTranslations("enums.partnershipStatus"),
    getFormatter(),
    percentFormatter(),
  ]);
  return (
    <ResultsSection id={id} title={title}>
      <table className="table-base mt-3" data-testid={`table-${id}`}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="text-right">
              {t("answers")}
            </th>
            {PARTNERSHIP_STATUSES.map((s) => (
              <th key={s} scope="col" className="text-right">
                {te(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="!bg-transparent !font-normal">
                {r.label}
              </th>
              <td className="text-right tabular-nums">{format.number(r.total)}</td>
              {r.statuses.map((s) => (
                <td key={s.key} className="text-right tabular-nums">
                  {format.number(s.count)} <span className="text-slate-600">({pct(s.percent)})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ResultsSection>
  );
}
