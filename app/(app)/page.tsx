import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getRegistrySummary } from "@/db/queries/summary";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const viewer = await requireCapability("records.read");
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const year = new Date().getFullYear();
  const summary = getRegistrySummary(getDb(), viewer, year);
  const scope = viewer.role === "city_staff" ? "scopeLocality" : viewer.role === "province_admin" ? "scopeProvince" : "scopeNation";
  const tiles = [
    { key: "partnerships", label: t("partnerships"), value: summary.partnerships },
    { key: "partnerCountries", label: t("partnerCountries"), value: summary.partnerCountries },
    { key: "ourLocalities", label: t("ourLocalities"), value: summary.ourLocalities },
    { key: "activitiesThisYear", label: t("activitiesThisYear", { year }), value: summary.activitiesThisYear },
    { key: "delegationsThisYear", label: t("delegationsThisYear", { year }), value: summary.delegationsThisYear },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t(scope)} />
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {tiles.map((tile) => (
          <div key={tile.key} className="card p-4" data-testid={`tile-${tile.key}`}>
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums text-brand-800">{format.number(tile.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-6 text-sm text-slate-600">{t("chartsComing")}</p>
    </>
  );
}
