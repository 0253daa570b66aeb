import { getFormatter, getTranslations } from "next-intl/server";
import type { RegistrySummary } from "@/db/queries/summary";

/** The headline numbers of the viewer's scope. */
export async function SummaryTiles({ summary, year }: { summary: RegistrySummary; year: number }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const tiles = [
    { key: "partnerships", label: t("partnerships"), value: summary.partnerships },
    { key: "partnerCountries", label: t("partnerCountries"), value: summary.partnerCountries },
    { key: "ourLocalities", label: t("ourLocalities"), value: summary.ourLocalities },
    { key: "activitiesThisYear", label: t("activitiesThisYear", { year }), value: summary.activitiesThisYear },
    { key: "delegationsThisYear", label: t("delegationsThisYear", { year }), value: summary.delegationsThisYear },
  ];
  return (
    <dl className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.key} className="card p-4" data-testid={`tile-${tile.key}`}>
          <dt className="text-sm text-slate-600">{tile.label}</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums text-brand-800">{format.number(tile.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
