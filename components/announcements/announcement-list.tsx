import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AnnouncementItem } from "@/db/queries/announcements";
import { AnnouncementMeta } from "./announcement-meta";

/** One group of the list (current, or past), as a headed list of announcements. */
async function Group({ heading, id, rows, today }: { heading: string; id: string; rows: AnnouncementItem[]; today: string }) {
  const t = await getTranslations("announcements");
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-6">
      <h2 id={id}>{heading}</h2>
      <ul className="mt-2 space-y-3">
        {rows.map((a) => (
          <li key={a.id} className="card p-4">
            <div className="flex flex-wrap items-baseline gap-2">
              <Link href={`/sharing/announcements/${a.id}`} prefetch={false} className="font-semibold underline">
                {a.title}
              </Link>
              {a.readByMe ? <span className="text-sm text-slate-600">{t("read")}</span> : null}
            </div>
            <AnnouncementMeta a={a} today={today} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The announcements the viewer may read: current and upcoming ones first, then past ones; paged. */
export async function AnnouncementList({
  rows,
  pages,
  page,
  today,
}: {
  rows: AnnouncementItem[];
  pages: number;
  page: number;
  today: string;
}) {
  const t = await getTranslations("announcements");
  if (rows.length === 0 && page === 1) return <p className="card p-4 text-sm text-slate-700">{t("empty")}</p>;
  return (
    <>
      <Group heading={t("current")} id="announcements-current" rows={rows.filter((a) => !a.past)} today={today} />
      <Group heading={t("past")} id="announcements-past" rows={rows.filter((a) => a.past)} today={today} />
      {pages > 1 ? (
        <nav aria-label={t("pageOf", { page, pages })} className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={`/sharing/announcements?page=${page - 1}`}>{t("newer")}</Link> : null}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={`/sharing/announcements?page=${page + 1}`}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
