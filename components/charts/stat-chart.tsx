"use client";

import { useRouter } from "next/navigation";
import { useFormatter } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { axisLabelLines, categoryAxisWidth, horizontalChartHeight, WRAPPED_ROW_HEIGHT } from "./chart-rules";
import { PALETTE, type ChartSpec } from "./chart-types";

/** Legend labels in the body's text colour: the coloured swatch beside each says which series it is. */
const legendText = (value: string) => <span className="text-slate-700">{value}</span>;

type CategoryTickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; fill?: string };

/** A category label of a horizontal bar chart, on two lines when it is too long for one (the full label as its tooltip). */
function CategoryTick({ x, y, payload, fill, width }: CategoryTickProps & { width: number }) {
  const label = String(payload?.value ?? "");
  const lines = axisLabelLines(label, width);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill={fill ?? "#666"}>
      {lines.length > 1 ? <title>{label}</title> : null}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? (lines.length > 1 ? "-0.2em" : "0.355em") : "1.15em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Draws a chart spec with recharts; clicking a bar, slice or point opens its list. */
export function StatChart({ spec, height = 288 }: { spec: ChartSpec; height?: number }) {
  const router = useRouter();
  const format = useFormatter();
  const tickNumber = (value: number) => format.number(value);
  // Table-only series (a change between years) are not drawn: they would pull the count axis below zero.
  const drawn = spec.series.filter((s) => !s.tableOnly && s.format !== "percent");
  const data = spec.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(drawn.map((s, i) => [`s${i}`, row.values[s.key] ?? 0])),
  }));
  const open = (index: number, seriesKey?: string) => {
    const row = spec.rows[index];
    const target = (seriesKey ? row?.hrefs?.[seriesKey] : undefined) ?? row?.href;
    if (target) router.push(target);
  };
  const legend = drawn.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} /> : null;
  const grid = <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />;
  const tooltip = <Tooltip />;
  // Every number drawn is a count: an axis never offers 0.5 of a partnership.
  const countAxis = { allowDecimals: false, tick: { fontSize: 12 }, tickFormatter: tickNumber } as const;

  let chart: React.ReactElement;
  let chartHeight = height;
  if (spec.kind === "pie") {
    chart = (
      <PieChart accessibilityLayer={false}>
        <Pie
          rootTabIndex={-1}
          data={data}
          dataKey="s0"
          nameKey="label"
          innerRadius="45%"
          outerRadius="80%"
          onClick={(_: unknown, i: number) => open(i)}
          cursor="pointer"
          isAnimationActive={false}
        >
          {spec.rows.map((row, i) => (
            <Cell key={row.key} fill={row.color ?? PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        {tooltip}
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
      </PieChart>
    );
  } else if (spec.kind === "line") {
    chart = (
      <LineChart
        accessibilityLayer={false}
        data={data}
        onClick={(state) => state.activeTooltipIndex != null && open(Number(state.activeTooltipIndex))}
        style={{ cursor: "pointer" }}
      >
        {grid}
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis {...countAxis} width={48} />
        {tooltip}
        {legend}
        {drawn.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={`s${i}`}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  } else {
    const horizontal = spec.kind === "horizontal";
    const stackId = spec.kind === "stacked" ? "a" : undefined;
    // One row per category, tall enough that no two labels share a line (interval 0: never skip one).
    const axisWidth = categoryAxisWidth(spec.rows.map((r) => r.label));
    const wraps = horizontal && spec.rows.some((r) => axisLabelLines(r.label, axisWidth).length > 1);
    if (horizontal) chartHeight = horizontalChartHeight(spec.rows.length, height, wraps ? WRAPPED_ROW_HEIGHT : undefined);
    const perRowColour = (horizontal || spec.kind === "bar") && drawn.length === 1 && spec.rows.some((r) => r.color);
    chart = (
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ left: horizontal ? 8 : 0, right: 16 }}
      >
        {grid}
        {horizontal ? <XAxis type="number" {...countAxis} /> : <XAxis dataKey="label" tick={{ fontSize: 12 }} />}
        {horizontal ? (
          <YAxis
            type="category"
            dataKey="label"
            tick={(props: CategoryTickProps) => <CategoryTick {...props} width={axisWidth} />}
            width={axisWidth}
            interval={0}
          />
        ) : (
          <YAxis {...countAxis} width={48} />
        )}
        {tooltip}
        {legend}
        {drawn.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={`s${i}`}
            name={s.label}
            fill={s.color}
            stackId={stackId}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_: unknown, index: number) => open(index, s.key)}
          >
            {perRowColour ? spec.rows.map((row) => <Cell key={row.key} fill={row.color ?? s.color} />) : null}
          </Bar>
        ))}
      </BarChart>
    );
  }
  return (
    // The chart is for the eye; its table (beside it) is the accessible, keyboard-usable alternative.
    <div aria-hidden="true" style={{ height: chartHeight }} data-testid={`chart-canvas-${spec.id}`}>
      <ResponsiveContainer width="100%" height="100%">
        {chart}
      </ResponsiveContainer>
    </div>
  );
}
