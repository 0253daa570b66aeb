import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ProvinceCoverage } from "@/db/queries/sharing-coverage";
import { TableHead } from "@/components/ui/table-head";
import { REGIONS } from "@/lib/domain/enums";

/**
 * For a country, every province by region with its partnerships there; a province with none is marked (the gaps
 * the report asks to close, mostly in the West).
 */
export async function CountryCoverage({ country, name, rows }: { country: string; name: string; rows: ProvinceCoverage[] }) {
  const [t, te, locale] = await Promise.all([getTranslations("sharingWho.coverage"), getTranslations("enums"), getLocale()]);
  const zh = locale === "zh-CN";
  const max = Math.max(1, ...rows.map((r) => r.partnerships));
  const without = rows.filter((r) => r.partnerships === 0).length;
  return (
    <section aria-labelledby="coverage-country-title" className="card p-5" data-testid="country-coverage">
      <h2 id="coverage-country-title" className="text-base">
        {t("byCountryTitle", { country: name })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("byCountrySummary", { with: rows.length - without, without, country: name })}</p>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <Link href={`/partnerships?country=${country}&scope=all`}>{t("openAll", { country: name })}</Link>
        <Link href={`/map?country=${country}&scope=all`}>{t("openMap", { country: name })}</Link>
      </p>
      {REGIONS.map((region) => {
        const inRegion = rows.filter((r) => r.region === region);
        if (inRegion.length === 0) return null;
        const caption = t("region", {
          region: te(`region.${region}`),
          partnerships: inRegion.reduce((n, r) => n + r.partnerships, 0),
          without: inRegion.filter((r) => r.partnerships === 0).length,
        });
        return (
          <div key={region} className="mt-5">
            <h3 className="text-sm font-semibold">{caption}</h3>
            <div className="overflow-x-auto">
              {/* Fixed columns, so that the three regions' tables line up. */}
              <table className="table-base mt-2 min-w-[36rem] table-fixed">
                <TableHead
                  caption={caption}
                  columns={[t("columns.province"), t("columns.partnerships"), t("columns.localities"), t("columns.links")]}
                />
                <tbody>
                  {inRegion.map((r) => {
                    const province = zh ? r.nameZh : r.nameEn;
                    return (
                      <tr key={r.code} className={r.partnerships === 0 ? "bg-amber-50" : undefined} data-testid={`coverage-${r.code}`}>
                        <th scope="row" className="font-medium">
                          <Link href={`/sharing/coverage?province=${r.code}&country=${country}`}>{province}</Link>
                        </th>
                        <td>
                          {r.partnerships === 0 ? (
                            <span className="badge bg-amber-200 text-amber-950">{t("none")}</span>
                          ) : (
                            <span className="flex items-center gap-2">
                              <span className="w-8 text-right tabular-nums">{r.partnerships}</span>
                              <span
                                aria-hidden="true"
                                className="inline-block h-2 rounded bg-brand-700"
                                style={{ width: `${(r.partnerships / max) * 8}rem` }}
                              />
                            </span>
                          )}
                        </td>
                        <td>{t("localities", { count: r.localities })}</td>
                        <td>
                          {r.partnerships > 0 ? (
                            <Link href={`/partnerships?country=${country}&province=${r.code}&scope=all`}>
                              {t("openList")}
                              <span className="sr-only"> {t("openListOf", { province, country: name })}</span>
                            </Link>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}
