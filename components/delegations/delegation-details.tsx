import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DelegationDetail } from "@/db/queries/delegations-detail";
import { DetailRow } from "@/components/exchanges/detail-row";
import { dateRange, isoToDate } from "@/components/exchanges/labels";
import { PartnerLinks } from "@/components/exchanges/partner-links";
import { localityName } from "@/lib/domain/locality-name";

/** Everything recorded about a delegation: facts, members, itinerary, linked activities. */
export async function DelegationDetails({ delegation: d }: { delegation: DelegationDetail }) {
  const [t, te, format, locale] = await Promise.all([
    getTranslations("delegations"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <section aria-labelledby="delegation-facts" className="card p-5">
        <h2 id="delegation-facts" className="sr-only">
          {t("sections.basics")}
        </h2>
        <dl className="divide-y divide-slate-100">
          <DetailRow term={t("detail.when")}>{dateRange(day, d.startDate, d.endDate)}</DetailRow>
          <DetailRow term={t("detail.leader")}>
            {d.leaderName}
            {d.leaderTitle ? `, ${d.leaderTitle}` : ""} ({te(`leaderRank.${d.leaderRank}`)})
          </DetailRow>
          <DetailRow term={t("detail.partners")}>
            <PartnerLinks partners={d.partners} />
          </DetailRow>
          <DetailRow term={t("detail.ourLocality")}>
            <Link href={`/delegations?locality=${d.ourLocalityId}`}>
              {localityName({ nameLocal: d.ourName, nameRomanised: d.ourRomanised, nameZh: d.ourZh }, locale)}
            </Link>
          </DetailRow>
          <DetailRow term={t("detail.purpose")}>{d.purpose}</DetailRow>
          <DetailRow term={t("detail.outcomes")}>{d.outcomes}</DetailRow>
        </dl>
      </section>
      <section aria-labelledby="delegation-members" className="card p-5">
        <h2 id="delegation-members">{t("detail.members", { count: d.members.length })}</h2>
        {d.members.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noMembers")}</p>
        ) : (
          <table className="table-base mt-2">
            <thead>
              <tr>
                <th scope="col">{t("fields.memberName")}</th>
                <th scope="col">{t("fields.memberTitle")}</th>
                <th scope="col">{t("fields.memberOrganisation")}</th>
              </tr>
            </thead>
            <tbody>
              {d.members.map((m, i) => (
                <tr key={i}>
                  <td>{m.name}</td>
                  <td>{m.title ?? "—"}</td>
                  <td>{m.organisation ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="delegation-itinerary" className="card p-5">
        <h2 id="delegation-itinerary">{t("detail.itinerary")}</h2>
        {d.itinerary.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noItems")}</p>
        ) : (
          <ol className="mt-2 space-y-2 text-sm">
            {d.itinerary.map((item, i) => (
              <li key={i} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
                <span className="font-medium text-slate-800">{day(item.date)}</span>
                <span>
                  {item.description}
                  {item.place ? <span className="text-slate-600"> · {item.place}</span> : null}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="delegation-activities" className="card p-5">
        <h2 id="delegation-activities">{t("detail.activities")}</h2>
        {d.activities.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("detail.noActivities")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {d.activities.map((a) => (
              <li key={a.id}>
                <Link href={`/activities/${a.id}`} className="underline">
                  {a.title}
                </Link>{" "}
                <span className="text-slate-600">
                  · {day(a.startDate)} · {te(`activityCategory.${a.category}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
