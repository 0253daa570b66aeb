import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CaseListRow } from "@/db/queries/cases";
import { CaseBadges } from "./case-badges";
import { ownerOffice } from "./owner-office";

/** The library's cases as cards: title (a link), state, office, category, date, summary and tags. */
export async function CaseList({ rows }: { rows: CaseListRow[] }) {
  const [t, te, format, locale] = await Promise.all([getTranslations("cases"), getTranslations("enums"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <ol className="space-y-4" aria-label={t("listLabel")}>
      {rows.map((c) => (
        <li key={c.id} className="card p-4" data-testid="case-card" data-featured={c.featured ? "1" : undefined}>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg">
              <Link href={`/sharing/cases/${c.id}`}>{c.title}</Link>
            </h2>
            <CaseBadges c={c} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {[
              ownerOffice(c, locale, t("owner.national")),
              te(`activityCategory.${c.category}`),
              t(`languages.${c.language}`),
              c.publishedAt ? format.dateTime(c.publishedAt, { dateStyle: "medium" }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-2 whitespace-pre-line text-sm text-slate-900">{c.summary}</p>
          {c.tags.length ? (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("fields.tags")}>
              {c.tags.map((tag) => (
                <li key={tag}>
                  <Link className="badge no-underline" href={`/sharing/cases?tag=${encodeURIComponent(tag)}`}>
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
