import { useFormatter } from "next-intl";
import type { ChartSpec } from "./chart-types";

/** The chart's numbers as a table: the alternative for screen readers and keyboards, with links to the lists. */
export function ChartTable({ spec }: { spec: ChartSpec }) {
  const format = useFormatter();
  const counted = spec.series.filter((s) => s.format !== "percent");
  const multi = counted.length > 1;
  const percent = (n: number) => `${format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  const cellText = (s: ChartSpec["series"][number], n: number | undefined) =>
    s.format === "percent"
      ? n === undefined
        ? ""
        : percent(n)
      : format.number(n ?? 0, s.signed ? { signDisplay: "exceptZero" } : undefined);
  const sum = (values: Record<string, number>) => counted.reduce((a, s) => a + (values[s.key] ?? 0), 0);
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
            return (
              <tr key={row.key}>
                <th scope="row" className="!bg-white !font-normal">
                  {row.href ? <a href={row.href}>{row.label}</a> : row.label}
                </th>
                {spec.series.map((s) => {
                  const link = row.hrefs?.[s.key];
                  const text = cellText(s, row.values[s.key]);
                  return (
                    <td key={s.key} className="text-right tabular-nums">
                      {link ? <a href={link}>{text}</a> : text}
                    </td>
                  );
                })}
                {multi && spec.totalLabel ? <td className="text-right tabular-nums">{format.number(sum(row.values))}</td> : null}
                {spec.shares && spec.shareLabel ? <td className="text-right tabular-nums">{percent(spec.shares[i] ?? 0)}</td> : null}
              </tr>
            );
          })}
        </tbody>
        {spec.footer ? (
          <tfoot>
            <tr className="font-semibold">
              <th scope="row">{spec.footer.label}</th>
              {spec.series.map((s) => (
                <td key={s.key} className="text-right tabular-nums">
                  {cellText(s, spec.footer?.values[s.key])}
                </td>
              ))}
              {multi && spec.totalLabel ? <td className="text-right tabular-nums">{format.number(sum(spec.footer.values))}</td> : null}
              {spec.shares && spec.shareLabel ? (
                <td className="text-right tabular-nums">{spec.footer.share === undefined ? "" : percent(spec.footer.share)}</td>
              ) : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
