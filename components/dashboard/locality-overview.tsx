import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LocalityPartnershipRow } from "@/db/queries/statistics-locality";
import { localityLabel } from "@/lib/domain/locality-name";
import { StatusBadge } from "./status-badge";

/**
 * City staff's own locality: its partnerships with status and last exchange, dormant ones marked. What
 * is coming (anniversaries, dormant ties, evaluations due) is in the reminders panel above it.
 */
export async function LocalityOverview({ rows }: { rows: LocalityPartnershipRow[] }) {
  const [t, te, format, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("enums"), getFormatter(), getLocale()]);
  const zh = locale === "zh-CN";
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  // 神户市（神戸市 · Kobe）/ Kobe (神戸市): the reader's language first (lib/domain/locality-name.ts).
  const name = (r: LocalityPartnershipRow) =>
    localityLabel({ nameLocal: r.partnerLocal, nameRomanised: r.partnerRomanised, nameZh: r.partnerZh }, locale);
  return (
    <div className="mb-8">
      <section className="card p-4" aria-labelledby="own-partnerships">
        <h2 id="own-partnerships" className="mb-3">
          {t("ownPartnerships")}
        </h2>
        {/* The whole list, never a fixed-height scroll box that cut a row in half; sideways scroll on a phone. */}
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="table-base">
            <thead>
              <tr>
                <th scope="col">{t("partner")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("lastExchange")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a className="underline" href={`/partnerships/${r.id}`}>
                      {name(r)}
                    </a>
                  </td>
                  <td>{zh ? r.countryZh : r.countryEn}</td>
                  <td>{r.status ? <StatusBadge status={r.status} label={te(`partnershipStatus.${r.status}`)} /> : t("noStatus")}</td>
                  <td>
                    {r.lastExchange ? date(r.lastExchange) : t("never")}
                    {r.dormant ? <span className="badge ml-2 bg-amber-100 text-amber-900">{t("dormant")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
