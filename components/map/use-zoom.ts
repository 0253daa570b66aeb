"use client";

import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export type View = { k: number; x: number; y: number };
const MIN = 1;
const MAX = 12;

const WHOLE: View = { k: 1, x: 0, y: 0 };
const toTransform = (v: View) => zoomIdentity.translate(v.x, v.y).scale(v.k);

/**
 * Zoom (wheel, buttons) and pan (drag, buttons) of an SVG's content, in viewBox units, through d3-zoom.
 * `initial`: where the view starts and resets to; `wheel: false` leaves the wheel and touch gestures
 * to the page (a small map inside a page must not stop it scrolling); the mouse still drags it.
 * The view is React state, so the content can scale its strokes and dots with `view.k`.
 */
export function useZoom(opts: { initial?: View; wheel?: boolean } = {}) {
  const initial = opts.initial ?? WHOLE;
  const wheel = opts.wheel ?? true;
  const [view, setView] = useState<View>(initial);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  }, [initial]);

  const behavior = useMemo<ZoomBehavior<SVGSVGElement, unknown>>(
    () =>
      zoom<SVGSVGElement, unknown>()
        .scaleExtent([MIN, MAX])
        .filter((event: Event) => {
          if (!wheel && (event.type === "wheel" || event.type.startsWith("touch"))) return false;
          // d3-zoom's own default: no secondary button, ctrl only with the wheel (a trackpad's pinch).
          return (!(event as MouseEvent).ctrlKey || event.type === "wheel") && !(event as MouseEvent).button;
        })
        .on("zoom", (event: { transform: View }) => {
          const { k, x, y } = event.transform;
          setView({ k, x, y });
        }),
    [wheel],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // d3-zoom listens to wheel (non-passive, so the page does not scroll too), mouse and touch.
    const selection = select(svg).call(behavior).on("dblclick.zoom", null);
    behavior.transform(selection, toTransform(initialRef.current));
    return () => {
      selection.on(".zoom", null);
    };
  }, [behavior]);

  const run = useCallback((apply: (s: Selection<SVGSVGElement, unknown, null, undefined>) => void) => {
    if (svgRef.current) apply(select(svgRef.current));
  }, []);

  /** Zooms by `factor` about the centre of the view (clamped to 1×–12×). */
  const zoomAt = useCallback((factor: number) => run((s) => behavior.scaleBy(s, factor)), [behavior, run]);
  /** Moves the content by (dx, dy) viewBox units. */
  const pan = useCallback(
    (dx: number, dy: number) =>
      run((s) => {
        const t = zoomTransform(s.node()!);
        behavior.transform(s, zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k));
      }),
    [behavior, run],
  );
  const reset = useCallback(() => run((s) => behavior.transform(s, toTransform(initialRef.current))), [behavior, run]);

  return { view, zoomAt, pan, reset, svgRef };
}
