import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { searchWhoWorksWith } from "@/db/queries/sharing-who";
import { localityLabel } from "@/lib/domain/locality-name";

type Results = ReturnType<typeof searchWhoWorksWith>;

/** What the search found abroad: places, prefectures or states, and countries, each a link to its answer. */
export async function WhoSearchResults({ q, results }: { q: string; results: Results }) {
  const [t, locale] = await Promise.all([getTranslations("sharingWho.search"), getLocale()]);
  const zh = locale === "zh-CN";
  const { places, states, countries } = results;
  if (places.length + states.length + countries.length === 0) {
    return (
      <p role="status" className="mt-4 text-sm text-slate-700">
        {t("none", { q })}
      </p>
    );
  }
  const here = (params: Record<string, string>) => `/sharing?${new URLSearchParams({ q, ...params })}`;
  return (
    <section aria-labelledby="who-results" className="mt-4 grid gap-4 md:grid-cols-3" data-testid="who-results">
      <h2 id="who-results" className="sr-only">
        {t("results")}
      </h2>
      <ResultList title={t("places")}>
        {places.map((p) => (
          <li key={p.id}>
            <Link href={here({ locality: String(p.id) })}>{localityLabel(p, locale)}</Link>
            <span className="text-slate-600"> · {[p.stateName, p.countryCode].filter(Boolean).join(", ")}</span>
          </li>
        ))}
      </ResultList>
      <ResultList title={t("states")}>
        {states.map((s) => (
          <li key={`${s.countryCode}:${s.stateName}`}>
            <Link href={here({ country: s.countryCode, state: s.stateName })}>{s.stateName}</Link>
            <span className="text-slate-600">
              {" "}
              · {s.countryCode}, {t("placesInState", { count: s.places })}
            </span>
          </li>
        ))}
      </ResultList>
      <ResultList title={t("countries")}>
        {countries.map((c) => (
          <li key={c.code}>
            <Link href={here({ country: c.code })}>{zh ? c.nameZh : c.nameEn}</Link>
            <span className="text-slate-600"> · {zh ? c.nameEn : c.nameNative}</span>
          </li>
        ))}
      </ResultList>
    </section>
  );
}

async function ResultList({ title, children }: { title: string; children: React.ReactNode[] }) {
  const t = await getTranslations("sharingWho.search");
  return (
    <div className="card p-4">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("noneOfKind")}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">{children}</ul>
      )}
    </div>
  );
}
