import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/db/queries/sharing-coverage";
import { TableHead } from "@/components/ui/table-head";

/** For a province, its partner countries with their partnerships, and the nation's most partnered countries it has none with. */
export async function ProvinceCoverage({
  province,
  name,
  rows,
  top,
}: {
  province: string;
  name: string;
  rows: CountryCount[];
  top: CountryCount[];
}) {
  const [t, locale] = await Promise.all([getTranslations("sharingWho.coverage"), getLocale()]);
  const zh = locale === "zh-CN";
  const has = new Set(rows.map((r) => r.code));
  const gaps = top.filter((c) => !has.has(c.code));
  const countryName = (c: CountryCount) => (zh ? c.nameZh : c.nameEn);
  return (
    <section aria-labelledby="coverage-province-title" className="card p-5" data-testid="province-coverage">
      <h2 id="coverage-province-title" className="text-base">
        {t("byProvinceTitle", { province: name })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("byProvinceSummary", { count: rows.length })}</p>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <Link href={`/partnerships?province=${province}&scope=all`}>{t("openProvinceList", { province: name })}</Link>
        <Link href={`/map?province=${province}&scope=all`}>{t("openProvinceMap", { province: name })}</Link>
      </p>
      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="table-base mt-3">
            <TableHead caption={t("byProvinceTitle", { province: name })} columns={[t("columns.country"), t("columns.partnerships")]} />
            <tbody>
              {rows.map((c) => (
                <tr key={c.code}>
                  <th scope="row" className="font-medium">
                    <Link href={`/sharing/coverage?country=${c.code}&province=${province}`}>{countryName(c)}</Link>
                  </th>
                  <td>
                    <Link href={`/partnerships?country=${c.code}&province=${province}&scope=all`}>
                      {c.partnerships}
                      <span className="sr-only"> {t("openListOf", { province: name, country: countryName(c) })}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3 className="mt-5 text-sm font-semibold">{t("gapsTitle", { province: name })}</h3>
      {gaps.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("noGaps", { province: name, count: top.length })}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="coverage-gaps">
          {gaps.map((c) => (
            <li key={c.code} className="badge bg-amber-100 text-amber-950">
              <Link href={`/sharing?country=${c.code}`}>{countryName(c)}</Link>
              <span> · {t("nationally", { count: c.partnerships })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
