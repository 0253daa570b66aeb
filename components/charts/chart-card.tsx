"use client";

import { useTranslations } from "next-intl";
import { chartToCsv } from "./chart-csv";
import { isEmptyChart } from "./chart-rules";
import { ChartTable } from "./chart-table";
import type { ChartSpec } from "./chart-types";
import { StatChart } from "./stat-chart";

function download(spec: ChartSpec) {
  const url = URL.createObjectURL(new Blob([chartToCsv(spec)], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${spec.id}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart with its title, a one-click CSV of its numbers, and its table behind a disclosure. */
export function ChartCard({ spec, className }: { spec: ChartSpec; className?: string }) {
  const t = useTranslations("dashboard");
  const headingId = `chart-${spec.id}-title`;
  return (
    <section className={`card flex flex-col p-4 ${className ?? ""}`} aria-labelledby={headingId} data-testid={`chart-${spec.id}`}>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="!text-base">
            {spec.title}
          </h2>
          {spec.description ? <p className="text-sm text-slate-600">{spec.description}</p> : null}
        </div>
        <button type="button" className="btn-secondary !px-2.5 !py-1 text-xs" onClick={() => download(spec)}>
          {t("downloadCsv")}
          <span className="sr-only"> · {spec.title}</span>
        </button>
      </div>
      {isEmptyChart(spec) ? (
        <p className="py-8 text-center text-sm text-slate-600">{t("noData")}</p>
      ) : (
        <>
          <StatChart spec={spec} />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">{t("showTable")}</summary>
            <div className="mt-2">
              <ChartTable spec={spec} />
            </div>
          </details>
        </>
      )}
    </section>
  );
}
