"use client";

import { useTranslations } from "next-intl";
import type { MapPair } from "@/db/queries/statistics-map";
import { STATUS_COLORS } from "@/components/charts/chart-types";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { WorldMap } from "./world-map";

/** A locality's partnerships on a small map framed on them (the same offline world as /map, no tiles). */
export function LocalityMap({ pairs, statusLabels }: { pairs: MapPair[]; statusLabels: Record<string, string> }) {
  const t = useTranslations("map");
  const missing = pairs.filter((p) => p.ourLat == null || p.partnerLat == null).length;
  const present = new Set(pairs.map((p) => p.status ?? "none"));
  return (
    <div data-testid="locality-map">
      <WorldMap compact pairs={pairs} highlight={null} label={t("localityMapLabel", { n: pairs.length })} />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label={t("legend")}>
        {[...PARTNERSHIP_STATUSES, "none" as const]
          .filter((s) => present.has(s))
          .map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-1 w-5 rounded" style={{ background: STATUS_COLORS[s] }} />
              {statusLabels[s]}
            </li>
          ))}
      </ul>
      {missing > 0 ? <p className="mt-1 text-xs text-slate-600">{t("localityMissing", { n: missing })}</p> : null}
    </div>
  );
}
