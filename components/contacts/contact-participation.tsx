import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityCategory, DelegationDirection, DelegationStatus } from "@/lib/domain/enums";
import { dateRange, isoToDate } from "@/components/exchanges/labels";

type Props = {
  activities: { id: number; title: string; category: ActivityCategory; startDate: string; endDate: string | null }[];
  delegations: {
    id: number;
    direction: DelegationDirection;
    leaderName: string;
    startDate: string;
    endDate: string | null;
    status: DelegationStatus;
  }[];
};

/** The activities and delegations a contact took part in, newest first. */
export async function ContactParticipation({ activities, delegations }: Props) {
  const [t, te, td, format] = await Promise.all([
    getTranslations("contacts"),
    getTranslations("enums"),
    getTranslations("delegations"),
    getFormatter(),
  ]);
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="contact-activities" className="card p-4">
        <h2 id="contact-activities" className="mb-3 text-base">
          {t("activitiesTitle", { count: activities.length })}
        </h2>
        {activities.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noActivities")}</p>
        ) : (
          <ul className="space-y-2">
            {activities.map((a) => (
              <li key={a.id} className="text-sm">
                <Link href={`/activities/${a.id}`} className="font-medium">
                  {a.title}
                </Link>
                <span className="ml-2 text-slate-600">
                  {dateRange(day, a.startDate, a.endDate)} · {te(`activityCategory.${a.category}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contact-delegations" className="card p-4">
        <h2 id="contact-delegations" className="mb-3 text-base">
          {t("delegationsTitle", { count: delegations.length })}
        </h2>
        {delegations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noDelegations")}</p>
        ) : (
          <ul className="space-y-2">
            {delegations.map((d) => (
              <li key={d.id} className="text-sm">
                <Link href={`/delegations/${d.id}`} className="font-medium">
                  {td("pageTitle", { direction: te(`delegationDirection.${d.direction}`), leader: d.leaderName })}
                </Link>
                <span className="ml-2 text-slate-600">
                  {dateRange(day, d.startDate, d.endDate)} · {te(`delegationStatus.${d.status}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
