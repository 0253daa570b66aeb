"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type View = { k: number; x: number; y: number };
const MIN = 1;
const MAX = 12;
const clamp = (k: number) => Math.min(MAX, Math.max(MIN, k));

const WHOLE: View = { k: 1, x: 0, y: 0 };

/**
 * Zoom (wheel, buttons) and pan (drag, buttons) of an SVG's content, in viewBox units.
 * `initial`: where the view starts and resets to; `wheel: false` leaves the wheel to the
 * page (a small map inside a page must not stop it scrolling).
 */
export function useZoom(width: number, height: number, opts: { initial?: View; wheel?: boolean } = {}) {
  const initial = opts.initial ?? WHOLE;
  const wheel = opts.wheel ?? true;
  const [view, setView] = useState<View>(initial);
  const drag = useRef<{ px: number; py: number; x: number; y: number; scale: number } | null>(null);

  const zoomAt = useCallback((factor: number, cx = width / 2, cy = height / 2) => {
    setView((v) => {
      const k = clamp(v.k * factor);
      const f = k / v.k;
      return { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
    });
  }, [width, height]);

  const pan = useCallback((dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy })), []);
  const reset = useCallback(() => setView(initial), [initial]);

  const svgRef = useRef<SVGSVGElement | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !wheel) return;
    // A native, non-passive listener, so that zooming the map does not also scroll the page.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      const scale = width / box.width;
      zoomAt(e.deltaY < 0 ? 1.25 : 0.8, (e.clientX - box.left) * scale, (e.clientY - box.top) * scale);
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [width, zoomAt, wheel]);

  const handlers = {
    onPointerDown: (e: React.PointerEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      drag.current = { px: e.clientX, py: e.clientY, x: view.x, y: view.y, scale: width / box.width };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: React.PointerEvent<SVGSVGElement>) => {
      const d = drag.current;
      if (!d) return;
      setView((v) => ({ ...v, x: d.x + (e.clientX - d.px) * d.scale, y: d.y + (e.clientY - d.py) * d.scale }));
    },
    onPointerUp: () => {
      drag.current = null;
    },
  };
  return { view, zoomAt, pan, reset, handlers, svgRef };
}
