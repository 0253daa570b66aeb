import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { partnershipTimeline } from "@/db/queries/activities-timeline";
import { today as clockToday } from "@/lib/domain/clock";
import { dateRange, isoToDate } from "./labels";

/**
 * The activities and delegations of one partnership, newest first, grouped
 * by year (rendered on the partnership page). Planned ones are marked.
 * `timeline`: db/queries/activities-timeline.ts's partnershipTimeline (the page reads 40).
 */
export async function PartnershipTimeline({
  partnershipId,
  timeline,
}: {
  partnershipId: number;
  timeline: ReturnType<typeof partnershipTimeline>;
}) {
  const [t, te, format] = await Promise.all([getTranslations("activities.timeline"), getTranslations("enums"), getFormatter()]);
  const { entries, activityCount, delegationCount } = timeline;
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  const today = clockToday();
  const years = [...new Set(entries.map((e) => e.date.slice(0, 4)))];
  return (
    <section aria-labelledby={`timeline-${partnershipId}`} data-testid="partnership-timeline">
      <h2 id={`timeline-${partnershipId}`}>{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("counts", { activities: activityCount, delegations: delegationCount })}</p>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        years.map((year) => (
          <div key={year} className="mt-4">
            <h3 className="text-sm font-semibold text-slate-800">{year}</h3>
            <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
              {entries
                .filter((e) => e.date.startsWith(year))
                .map((e) => (
                  <li key={`${e.kind}-${e.id}`} className="relative text-sm">
                    <span
                      aria-hidden="true"
                      className={`absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full ${e.kind === "activity" ? "bg-brand-600" : "bg-amber-600"}`}
                    />
                    <span className="text-slate-600">{dateRange(day, e.date, e.endDate)}</span>{" "}
                    <span className="badge bg-slate-100 text-slate-800">{e.kind === "activity" ? t("activity") : t("delegation")}</span>{" "}
                    {e.kind === "activity" ? (
                      <>
                        <Link href={`/activities/${e.id}`} className="underline">
                          {e.title}
                        </Link>{" "}
                        <span className="text-slate-600">· {te(`activityCategory.${e.category}`)}</span>
                      </>
                    ) : (
                      <>
                        <Link href={`/delegations/${e.id}`} className="underline">
                          {t("delegationTitle", { direction: te(`delegationDirection.${e.direction}`), leader: e.leaderName })}
                        </Link>{" "}
                        <span className="text-slate-600">· {te(`delegationStatus.${e.status}`)}</span>
                      </>
                    )}
                    {e.date > today ? <span className="badge ml-1 bg-brand-50 text-brand-900">{t("planned")}</span> : null}
                  </li>
                ))}
            </ol>
          </div>
        ))
      )}
      <p className="mt-4 flex flex-wrap gap-4 text-sm">
        <Link href={`/activities?partnership=${partnershipId}`}>{t("showAllActivities")}</Link>
        <Link href={`/delegations?partnership=${partnershipId}`}>{t("showAllDelegations")}</Link>
      </p>
    </section>
  );
}
