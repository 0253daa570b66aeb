import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LocalityPartnershipRow, OpenEvaluationRow } from "@/db/queries/statistics-locality";
import { addMonths } from "@/lib/domain/clock";
import { localityLabel } from "@/lib/domain/locality-name";
import { StatusBadge } from "./status-badge";

/** City staff's own locality: partnerships with status and last exchange, anniversaries, dormant ties, open evaluations. */
export async function LocalityOverview({
  rows,
  evaluations,
  today,
}: {
  rows: LocalityPartnershipRow[];
  evaluations: OpenEvaluationRow[];
  today: string;
}) {
  const [t, te, format, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("enums"), getFormatter(), getLocale()]);
  const zh = locale === "zh-CN";
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const horizon = addMonths(today, 12);
  const upcoming = rows
    .filter((r) => r.anniversary && r.anniversary.date <= horizon)
    .sort((a, b) => (a.anniversary?.date ?? "").localeCompare(b.anniversary?.date ?? ""));
  const dormant = rows.filter((r) => r.dormant);
  // 神户市（神戸市 · Kobe）/ Kobe (神戸市): the reader's language first (lib/domain/locality-name.ts).
  const name = (r: { partnerLocal: string; partnerRomanised: string; partnerZh: string | null }) =>
    localityLabel({ nameLocal: r.partnerLocal, nameRomanised: r.partnerRomanised, nameZh: r.partnerZh }, locale);
  return (
    <div className="mb-8 grid gap-4 xl:grid-cols-3">
      <section className="card p-4 xl:col-span-2" aria-labelledby="own-partnerships">
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
      <div className="flex flex-col gap-4">
        <section className="card p-4" aria-labelledby="open-evaluations">
          <h2 id="open-evaluations" className="mb-2">
            {t("openEvaluations")}
          </h2>
          {evaluations.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noOpenEvaluations")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {evaluations.map((e) => (
                <li key={e.id}>
                  <a href={`/evaluations/${e.id}`}>{name(e)}</a> · {te(`evaluationState.${e.state}`)} ·{" "}
                  {t("closesOn", { date: date(e.closesOn) })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card p-4" aria-labelledby="anniversaries">
          <h2 id="anniversaries" className="mb-2">
            {t("upcomingAnniversaries")}
          </h2>
          {upcoming.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noAnniversaries")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {upcoming.slice(0, 8).map((r) => (
                <li key={r.id}>
                  <a className="underline" href={`/partnerships/${r.id}`}>
                    {name(r)}
                  </a>{" "}
                  · {t("anniversaryOn", { years: r.anniversary?.years ?? 0, date: date(r.anniversary?.date ?? today) })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card p-4" aria-labelledby="dormant">
          <h2 id="dormant" className="mb-2">
            {t("dormantPartnerships", { n: dormant.length })}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("dormantHint")}</p>
          {dormant.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noDormant")}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="dormant-list">
              {dormant.map((r) => (
                <li key={r.id}>
                  <a className="underline" href={`/partnerships/${r.id}`}>
                    {name(r)}
                  </a>{" "}
                  · {r.lastExchange ? date(r.lastExchange) : t("never")}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
