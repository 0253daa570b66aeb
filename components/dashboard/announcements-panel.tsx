import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { isoToDate } from "@/components/exchanges/labels";
import { DismissAnnouncement } from "@/components/announcements/dismiss-announcement";
import type { DashboardAnnouncement } from "@/db/queries/announcements";
import { announcementExcerpt } from "@/lib/domain/announcement-excerpt";

/**
 * The announcements addressed to the viewer, valid today, that they have not read yet: each to open or dismiss.
 * Opening one marks it read, so its links are never prefetched (a prefetch is not a reading).
 */
export async function AnnouncementsPanel({ items }: { items: DashboardAnnouncement[] }) {
  if (items.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("announcements.dashboard"), getFormatter()]);
  return (
    <section aria-labelledby="dashboard-announcements" className="card mb-6 border-l-4 border-l-sky-700 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="dashboard-announcements">{t("heading")}</h2>
        <Link href="/sharing/announcements" className="text-sm">
          {t("all")}
        </Link>
      </div>
      <ul className="mt-2 divide-y divide-slate-200">
        {items.map((a) => (
          <li key={a.id} className="py-3">
            <h3 className="text-base font-semibold">
              <Link href={`/sharing/announcements/${a.id}`} prefetch={false} className="underline">
                {a.title}
              </Link>
            </h3>
            <p className="text-sm text-slate-600">
              {t("posted", { date: format.dateTime(isoToDate(a.validFrom), { dateStyle: "medium", timeZone: "UTC" }) })}
            </p>
            <p className="mt-1 text-sm text-slate-800">{announcementExcerpt(a.body)}</p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <Link
                href={`/sharing/announcements/${a.id}`}
                prefetch={false}
                className="btn-secondary"
                aria-label={t("openLabel", { title: a.title })}
              >
                {t("open")}
              </Link>
              <DismissAnnouncement id={a.id} label={t("dismissLabel", { title: a.title })} text={t("dismiss")} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
