import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ForeignMatch, OurMatch } from "@/db/queries/partner-matches";
import { localityLabel, localityName } from "@/lib/domain/locality-name";

type Place = { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null };
type Matches =
  { side: "ours"; foreign: ForeignMatch[]; neighbours: (Place & { inCountry: number })[] } | { side: "foreign"; ours: OurMatch[] };

/** The localities that fit a post, each a link, with who could introduce (ours) or how few partners they have (foreign). */
export async function PostMatches({ matches, country, seeker }: { matches: Matches; country: string; seeker: Place }) {
  const [t, te, locale] = await Promise.all([getTranslations("board.matches"), getTranslations("enums"), getLocale()]);
  const none = <p className="text-sm text-slate-700">{t("none")}</p>;
  if (matches.side === "foreign")
    return (
      <section aria-labelledby="matches-title" className="card space-y-3 p-5">
        <h2 id="matches-title" className="text-lg font-semibold">
          {t("ourTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("ourHint", { country })}</p>
        {matches.ours.length === 0 ? (
          none
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="matches">
            {matches.ours.map((m) => (
              <li key={m.id} className="py-2 text-sm">
                <Link href={`/localities/${m.id}`} className="font-medium">
                  {localityLabel(m, locale)}
                </Link>{" "}
                <span className="text-slate-700">
                  · {te(`localityLevel.${m.level}`)} · {t("inCountry", { count: m.inCountry })} ·{" "}
                  {t("partnerships", { count: m.partnerships })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  return (
    <>
      <section aria-labelledby="matches-title" className="card space-y-3 p-5">
        <h2 id="matches-title" className="text-lg font-semibold">
          {t("foreignTitle", { country, seeker: localityName(seeker, locale) })}
        </h2>
        <p className="text-sm text-slate-700">{t("foreignHint")}</p>
        {matches.foreign.length === 0 ? (
          none
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="matches">
            {matches.foreign.map((m) => (
              <li key={m.id} className="space-y-1 py-2 text-sm">
                <p>
                  <Link href={`/localities/${m.id}`} className="font-medium">
                    {localityLabel(m, locale)}
                  </Link>{" "}
                  <span className="text-slate-700">
                    · {[m.stateName, te(`localityLevel.${m.level}`)].filter(Boolean).join(" · ")} ·{" "}
                    {t("chinesePartners", { count: m.chinesePartners })}
                  </span>
                </p>
                {m.introducers.length > 0 ? (
                  <p className="text-slate-700">
                    {t("introducers")}:{" "}
                    {m.introducers.map((o, i) => (
                      <span key={o.partnershipId}>
                        {i > 0 ? (locale === "zh-CN" ? "、" : ", ") : null}
                        <Link href={`/partnerships/${o.partnershipId}`} className="underline">
                          {localityName(o, locale)}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="neighbours-title" className="card space-y-3 p-5">
        <h2 id="neighbours-title" className="text-lg font-semibold">
          {t("neighboursTitle", { country })}
        </h2>
        {matches.neighbours.length === 0 ? (
          <p className="text-sm text-slate-700">{t("neighboursNone")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="neighbours">
            {matches.neighbours.map((n) => (
              <li key={n.id} className="py-2 text-sm">
                <Link href={`/localities/${n.id}`} className="font-medium">
                  {localityName(n, locale)}
                </Link>{" "}
                · {t("inCountry", { count: n.inCountry })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
