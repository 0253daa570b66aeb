"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { MapPair } from "@/db/queries/statistics-map";
import { STATUS_COLORS } from "@/components/charts/chart-types";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { pairName } from "./pair-name";
import { WorldMap } from "./world-map";

/** Up to this many pairs, every country's group in the list starts open; beyond it the list starts folded. */
const OPEN_ALL_UP_TO = 150;

/** The pairs grouped by partner country, the largest group first. */
function byCountry(pairs: MapPair[]): [string, MapPair[]][] {
  const groups = new Map<string, MapPair[]>();
  for (const p of pairs) {
    const group = groups.get(p.countryCode);
    if (group) group.push(p);
    else groups.set(p.countryCode, [p]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** The map and, beside it, the same pairs as a list for keyboard and screen-reader users. */
export function MapPanel({
  pairs,
  statusLabels,
  countryNames,
}: {
  pairs: MapPair[];
  statusLabels: Record<string, string>;
  countryNames: Record<string, string>;
}) {
  const t = useTranslations("map");
  const locale = useLocale();
  const [highlight, setHighlight] = useState<number | null>(null);
  const missing = pairs.filter((p) => p.ourLat == null || p.partnerLat == null).length;
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div>
        <WorldMap pairs={pairs} highlight={highlight} label={t("mapLabel", { n: pairs.length })} />
        <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-label={t("legend")}>
          {[...PARTNERSHIP_STATUSES, "none" as const].map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-1 w-5 rounded" style={{ background: STATUS_COLORS[s] }} />
              {statusLabels[s]}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-[#b4232a]" />
            {t("ours")}
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-[#1d5f98]" />
            {t("partners")}
          </li>
        </ul>
        <p className="mt-1 text-xs text-slate-600">
          {t("howTo")}
          {missing > 0 ? ` ${t("missingCoordinates", { n: missing })}` : ""}
        </p>
      </div>
      <section className="card p-3" aria-labelledby="pair-list-title">
        <h2 id="pair-list-title" className="!text-base">
          {t("listTitle", { n: pairs.length })}
        </h2>
        {pairs.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="mt-2 max-h-[32rem] space-y-1 overflow-auto text-sm" data-testid="pair-list">
            {byCountry(pairs).map(([code, group]) => (
              <details key={code} open={pairs.length <= OPEN_ALL_UP_TO} className="group">
                <summary className="cursor-pointer rounded px-1 py-0.5 font-medium text-slate-800 hover:bg-slate-100">
                  {t("groupSummary", { country: countryNames[code] ?? code, n: group.length })}
                </summary>
                <ul className="mb-1 ml-3 space-y-0.5">
                  {group.map((p) => (
                    <li key={p.id}>
                      <a
                        href={`/partnerships/${p.id}`}
                        className="block rounded px-1 py-0.5 hover:bg-slate-100 focus:bg-slate-100"
                        onMouseEnter={() => setHighlight(p.id)}
                        onMouseLeave={() => setHighlight(null)}
                        onFocus={() => setHighlight(p.id)}
                        onBlur={() => setHighlight(null)}
                      >
                        <span
                          aria-hidden="true"
                          className="mr-1.5 inline-block h-2 w-2 rounded-full"
                          style={{ background: STATUS_COLORS[p.status ?? "none"] }}
                        />
                        {pairName(p, locale)}
                        <span className="text-slate-600"> · {statusLabels[p.status ?? "none"]}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
