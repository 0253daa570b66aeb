/** A description list of label–value pairs laid out as a two-column grid (`className` sets the grid). */
export function FactsList({
  rows,
  className,
  termClassName = "text-slate-600",
}: {
  rows: readonly (readonly [string, React.ReactNode])[];
  className: string;
  termClassName?: string;
}) {
  return (
    <dl className={className}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className={termClassName}>{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
