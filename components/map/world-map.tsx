"use client";

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MapPair } from "@/db/queries/statistics-map";
import world from "@/lib/geo/countries-110m.json";
import { STATUS_COLORS } from "@/components/charts/chart-types";
import { useZoom } from "./use-zoom";

const W = 960;
const H = 500;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);
const projection = geoNaturalEarth1().fitSize([W, H], land);
const path = geoPath(projection);

/** Round dots of radius r at the given points, as the data of one SVG path (each place once). */
function dots(points: [number, number][], r: number): string {
  const seen = new Set<string>();
  let d = "";
  for (const [x, y] of points) {
    const key = `${x.toFixed(1)},${y.toFixed(1)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    d += `M${(x - r).toFixed(2)} ${y.toFixed(2)}a${r.toFixed(3)} ${r.toFixed(3)} 0 1 0 ${(2 * r).toFixed(3)} 0a${r.toFixed(3)} ${r.toFixed(3)} 0 1 0 ${(-2 * r).toFixed(3)} 0`;
  }
  return d;
}

type Placed = MapPair & { d: string; a: [number, number]; b: [number, number] };

/** The world without tiles: countries, our localities, their partners, and a line per pair coloured by status. */
export function WorldMap({ pairs, highlight, label }: { pairs: MapPair[]; highlight: number | null; label: string }) {
  const t = useTranslations("map");
  const { view, zoomAt, pan, reset, handlers, svgRef } = useZoom(W, H);
  const countries = useMemo(() => land.features.map((f, i) => <path key={i} d={path(f) ?? ""} fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.5} />), []);
  const placed = useMemo<Placed[]>(
    () =>
      pairs.flatMap((p) => {
        if (p.ourLat == null || p.ourLng == null || p.partnerLat == null || p.partnerLng == null) return [];
        const d = path({ type: "LineString", coordinates: [[p.ourLng, p.ourLat], [p.partnerLng, p.partnerLat]] });
        const a = projection([p.ourLng, p.ourLat]);
        const b = projection([p.partnerLng, p.partnerLat]);
        return d && a && b ? [{ ...p, d, a: a as [number, number], b: b as [number, number] }] : [];
      }),
    [pairs],
  );
  const r = 2.2 / Math.sqrt(view.k);
  const step = 80;
  return (
    <div className="relative">
      <div className="absolute right-2 top-2 z-10 flex flex-col gap-1" role="group" aria-label={t("controls")}>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => zoomAt(1.5)} aria-label={t("zoomIn")}>+</button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => zoomAt(1 / 1.5)} aria-label={t("zoomOut")}>−</button>
        <button type="button" className="btn-secondary !px-2 !py-1 text-xs" onClick={reset}>{t("reset")}</button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(0, step)} aria-label={t("panUp")}>↑</button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(step, 0)} aria-label={t("panLeft")}>←</button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(-step, 0)} aria-label={t("panRight")}>→</button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(0, -step)} aria-label={t("panDown")}>↓</button>
      </div>
      <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} className="w-full cursor-grab touch-none rounded-md border border-slate-200 bg-sky-50" role="img" aria-label={label} {...handlers}>
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          {countries}
          <g fill="none" strokeLinecap="round">
            {placed.map((p) => (
              <path key={p.id} d={p.d} data-testid={`pair-${p.id}`} data-status={p.status ?? "none"} stroke={STATUS_COLORS[p.status ?? "none"]}
                strokeWidth={(p.id === highlight ? 3 : 0.9) / view.k} strokeOpacity={p.id === highlight ? 1 : 0.45}>
                <title>{`${p.ourLocal} — ${p.partnerLocal}`}</title>
              </path>
            ))}
          </g>
          {/* All the points of one side as one path: thousands of circles made zooming sluggish. */}
          <path d={dots(placed.map((p) => p.b), r)} fill="#1d5f98" />
          <path d={dots(placed.map((p) => p.a), r * 1.3)} fill="#b4232a" />
        </g>
      </svg>
    </div>
  );
}
