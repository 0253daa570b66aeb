import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/db/queries/activities-detail";
import { DetailRow } from "@/components/exchanges/detail-row";
import { dateRange, isoToDate } from "@/components/exchanges/labels";
import { PartnerLinks } from "@/components/exchanges/partner-links";
import { localityName } from "@/lib/domain/locality-name";

/** Everything recorded about an activity, as a description list. */
export async function ActivityDetails({ activity: a }: { activity: ActivityDetail }) {
  const [t, te, format, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getFormatter(), getLocale()]);
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "long", timeZone: "UTC" });
  const participants = [
    a.participantsOurs !== null ? t("detail.participantsOurs", { count: format.number(a.participantsOurs) }) : null,
    a.participantsPartner !== null ? t("detail.participantsPartner", { count: format.number(a.participantsPartner) }) : null,
  ].filter(Boolean);
  return (
    <>
      <section aria-labelledby="activity-facts" className="card p-5">
        <h2 id="activity-facts" className="sr-only">
          {t("essentials")}
        </h2>
        <dl className="divide-y divide-slate-100">
          <DetailRow term={t("detail.when")}>{dateRange(day, a.startDate, a.endDate)}</DetailRow>
          <DetailRow term={t("detail.where")}>
            {te(`activityLocation.${a.location}`)}
            {a.locationDetail ? ` · ${a.locationDetail}` : ""}
          </DetailRow>
          <DetailRow term={t("detail.partners")}>
            <PartnerLinks partners={a.partners} />
          </DetailRow>
          <DetailRow term={t("detail.organiser")}>
            <Link href={`/activities?locality=${a.organiserLocalityId}`}>
              {localityName({ nameLocal: a.organiserName, nameRomanised: a.organiserRomanised, nameZh: a.organiserZh }, locale)}
            </Link>
          </DetailRow>
          <DetailRow term={t("detail.participants")}>{participants.join(" · ")}</DetailRow>
          <DetailRow term={t("detail.contacts")}>
            {a.contacts.length > 0 ? (
              <ul className="space-y-1">
                {a.contacts.map((c) => (
                  <li key={c.id}>
                    <Link href={`/contacts/${c.id}`}>{c.personName ?? c.office ?? t("detail.contactLink")}</Link>
                    <span className="text-slate-600"> · {[te(`contactSide.${c.side}`), c.role, c.office].filter(Boolean).join(" · ")}</span>
                    {c.archived ? <span className="badge ml-2 bg-slate-200 text-slate-800">{t("archivedBadge")}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </DetailRow>
          <DetailRow term={t("detail.names")}>{a.participantNames}</DetailRow>
          <DetailRow term={t("detail.description")}>{a.description}</DetailRow>
          <DetailRow term={t("detail.outcomes")}>{a.outcomes}</DetailRow>
          <DetailRow term={t("detail.cost")}>
            {a.costAmount !== null && a.costCurrency ? format.number(a.costAmount, { style: "currency", currency: a.costCurrency }) : null}
          </DetailRow>
          <DetailRow term={t("detail.tags")}>
            {a.tags && a.tags.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5">
                {a.tags.map((tag) => (
                  <li key={tag} className="badge bg-slate-100 text-slate-800">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : null}
          </DetailRow>
        </dl>
      </section>
      <section aria-labelledby="activity-delegations" className="card p-5">
        <h2 id="activity-delegations">{t("detail.delegations")}</h2>
        {a.delegations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("detail.noDelegations")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {a.delegations.map((d) => (
              <li key={d.id}>
                <Link href={`/delegations/${d.id}`} className="underline">
                  {te(`delegationDirection.${d.direction}`)} · {d.leaderName}
                </Link>{" "}
                <span className="text-slate-600">
                  · {day(d.startDate)} · {te(`delegationStatus.${d.status}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
