"use client";

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MapPair } from "@/db/queries/statistics-map";
import world from "@/lib/geo/countries-110m.json";
import { STATUS_COLORS } from "@/components/charts/chart-types";
import { pairName } from "./pair-name";
import { useZoom, type View } from "./use-zoom";

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

function place(pairs: MapPair[]): Placed[] {
  return pairs.flatMap((p) => {
    if (p.ourLat == null || p.ourLng == null || p.partnerLat == null || p.partnerLng == null) return [];
    const d = path({
      type: "LineString",
      coordinates: [
        [p.ourLng, p.ourLat],
        [p.partnerLng, p.partnerLat],
      ],
    });
    const a = projection([p.ourLng, p.ourLat]);
    const b = projection([p.partnerLng, p.partnerLat]);
    return d && a && b ? [{ ...p, d, a: a as [number, number], b: b as [number, number] }] : [];
  });
}

/** The view that frames every placed point with a margin (the whole world when they span it, or there are none). */
export function fitView(points: [number, number][], width = W, height = H, maxK = 6): View {
  if (points.length === 0) return { k: 1, x: 0, y: 0 };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 60;
  const k = Math.min(maxK, Math.max(1, Math.min(width / (x1 - x0 + 2 * margin), height / (y1 - y0 + 2 * margin))));
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}

/**
 * The world without tiles: countries, our localities, their partners, and a line per pair coloured by status.
 * `compact`: the small map of a locality's page, framed on its pairs, zoomed by its buttons only.
 */
export function WorldMap({
  pairs,
  highlight,
  label,
  compact = false,
}: {
  pairs: MapPair[];
  highlight: number | null;
  label: string;
  compact?: boolean;
}) {
  const t = useTranslations("map");
  const locale = useLocale();
  const placed = useMemo<Placed[]>(() => place(pairs), [pairs]);
  const initial = useMemo(() => (compact ? fitView(placed.flatMap((p) => [p.a, p.b])) : undefined), [compact, placed]);
  const { view, zoomAt, pan, reset, svgRef } = useZoom({ initial, wheel: !compact });
  const countries = useMemo(
    () => land.features.map((f, i) => <path key={i} d={path(f) ?? ""} fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.5} />),
    [],
  );
  const r = (compact ? 4 : 2.2) / Math.sqrt(view.k);
  const step = 80;
  return (
    <div className="relative">
      <div className="absolute right-2 top-2 z-10 flex flex-col gap-1" role="group" aria-label={t("controls")}>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => zoomAt(1.5)} aria-label={t("zoomIn")}>
          +
        </button>
        <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => zoomAt(1 / 1.5)} aria-label={t("zoomOut")}>
          −
        </button>
        <button type="button" className="btn-secondary !px-2 !py-1 text-xs" onClick={reset}>
          {t("reset")}
        </button>
        {compact ? null : (
          <>
            <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(0, step)} aria-label={t("panUp")}>
              ↑
            </button>
            <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(step, 0)} aria-label={t("panLeft")}>
              ←
            </button>
            <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(-step, 0)} aria-label={t("panRight")}>
              →
            </button>
            <button type="button" className="btn-secondary !px-2 !py-1" onClick={() => pan(0, -step)} aria-label={t("panDown")}>
              ↓
            </button>
          </>
        )}
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        className={`w-full cursor-grab rounded-md border border-slate-200 bg-sky-50 ${compact ? "touch-pan-y" : "touch-none"}`}
        role="img"
        aria-label={label}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          {countries}
          <g fill="none" strokeLinecap="round">
            {placed.map((p) => (
              <path
                key={p.id}
                d={p.d}
                data-testid={`pair-${p.id}`}
                data-status={p.status ?? "none"}
                stroke={STATUS_COLORS[p.status ?? "none"]}
                strokeWidth={(p.id === highlight ? 3 : compact ? 1.6 : 0.9) / view.k}
                strokeOpacity={p.id === highlight ? 1 : compact ? 0.7 : 0.45}
              >
                <title>{pairName(p, locale)}</title>
              </path>
            ))}
          </g>
          {/* All the points of one side as one path: thousands of circles made zooming sluggish. */}
          <path
            d={dots(
              placed.map((p) => p.b),
              r,
            )}
            fill="#1d5f98"
          />
          <path
            d={dots(
              placed.map((p) => p.a),
              r * 1.3,
            )}
            fill="#b4232a"
          />
        </g>
      </svg>
    </div>
  );
}
