import { useFormatter } from "next-intl";
import type { ChartSpec } from "./chart-types";

/** The chart's numbers as a table: the alternative for screen readers and keyboards, with links to the lists. */
export function ChartTable({ spec }: { spec: ChartSpec }) {
  const format = useFormatter();
  const multi = spec.series.length > 1;
  return (
    // No height cap: a scroll box cut rows in half; the table is behind a disclosure already.
    <div className="overflow-x-auto">
      <table className="table-base" data-testid={`chart-table-${spec.id}`}>
        <caption className="sr-only">{spec.title}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.categoryLabel}</th>
            {spec.series.map((s) => (
              <th key={s.key} scope="col" className="text-right">
                {s.label}
              </th>
            ))}
            {multi && spec.totalLabel ? (
              <th scope="col" className="text-right">
                {spec.totalLabel}
              </th>
            ) : null}
            {spec.shares && spec.shareLabel ? (
              <th scope="col" className="text-right">
                {spec.shareLabel}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, i) => {
            const values = spec.series.map((s) => row.values[s.key] ?? 0);
            return (
              <tr key={row.key}>
                <th scope="row" className="!bg-white !font-normal">
                  {row.href ? <a href={row.href}>{row.label}</a> : row.label}
                </th>
                {spec.series.map((s, j) => {
                  const link = row.hrefs?.[s.key];
                  const text = format.number(values[j] ?? 0, s.signed ? { signDisplay: "exceptZero" } : undefined);
                  return (
                    <td key={s.key} className="text-right tabular-nums">
                      {link ? <a href={link}>{text}</a> : text}
                    </td>
                  );
                })}
                {multi && spec.totalLabel ? (
                  <td className="text-right tabular-nums">{format.number(values.reduce((a, b) => a + b, 0))}</td>
                ) : null}
                {spec.shares && spec.shareLabel ? (
                  <td className="text-right tabular-nums">
                    {format.number(spec.shares[i] ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
