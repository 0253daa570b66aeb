import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { WhoWorksWithCountry } from "@/db/loaders/who-works-with";
import { TableHead } from "@/components/ui/table-head";
import { localityLabel } from "@/lib/domain/locality-name";
import { OfficesToContact } from "./who-partnerships-table";

/** Our localities partnered with a country: the totals, the localities with most partnerships there, and the links onward. */
export async function CountryPartners({ country, headingLevel }: { country: WhoWorksWithCountry; headingLevel: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("sharingWho"), getLocale()]);
  const zh = locale === "zh-CN";
  const name = country.names ? (zh ? country.names.nameZh : country.names.nameEn) : country.code;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div data-testid="country-partners">
      <Heading className={headingLevel === 2 ? "mt-6 text-base" : "mt-5 text-sm font-semibold"}>
        {t("country.title", { country: name })}
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        {country.partnerships === 0
          ? t("country.none", { country: name })
          : t("country.summary", { partnerships: country.partnerships, localities: country.localities })}
      </p>
      {country.top.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="table-base mt-2">
            <TableHead
              caption={t("country.title", { country: name })}
              columns={[t("columns.ours"), t("columns.province"), t("columns.partnerships"), t("columns.office")]}
            />
            <tbody>
              {country.top.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/partnerships?${new URLSearchParams({ locality: String(r.id), country: country.code, scope: "all" })}`}>
                      {localityLabel(r, locale)}
                    </Link>
                  </td>
                  <td>{(zh ? r.provinceNameZh : r.provinceNameEn) ?? "—"}</td>
                  <td>{r.partnerships}</td>
                  <td>
                    <OfficesToContact offices={r.offices} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        <Link href={`/partnerships?country=${country.code}&scope=all`}>{t("country.openList", { country: name })}</Link>
        <Link href={`/sharing/coverage?country=${country.code}`}>{t("country.openCoverage")}</Link>
        <Link href={`/map?country=${country.code}&scope=all`}>{t("country.openMap")}</Link>
      </p>
    </div>
  );
}
