import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ResponseRow } from "@/db/queries/partner-requests";
import { localityName } from "@/lib/domain/locality-name";

/** The office a response speaks for: the author's locality, else their province's administration, else the nation's. */
function office(r: ResponseRow, locale: string, t: (key: string, values?: Record<string, string>) => string): string {
  if (r.locality.id !== null) return localityName(r.locality, locale);
  const province = locale === "zh-CN" ? r.provinceZh : r.provinceEn;
  return province ? t("provinceOffice", { province }) : t("national");
}

/** Responses to a post: who (name and office), when, the message; those unread when the page was opened are marked new. */
export async function ResponsesList({ responses, title, markNew }: { responses: ResponseRow[]; title: string; markNew: boolean }) {
  const [t, locale, format] = await Promise.all([getTranslations("board.responses"), getLocale(), getFormatter()]);
  return (
    <section aria-labelledby="responses-title" className="card space-y-3 p-5">
      <h2 id="responses-title" className="text-lg font-semibold">
        {title}
      </h2>
      {responses.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="responses">
          {responses.map((r) => (
            <li key={r.id} className="space-y-1 py-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{r.authorName}</span>
                <span className="text-slate-700">· {office(r, locale, t)}</span>
                <span className="text-slate-700">· {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                {markNew && r.readAt === null ? <span className="badge bg-amber-100 text-amber-900">{t("new")}</span> : null}
              </p>
              <p className="whitespace-pre-line text-slate-900">{r.message}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
