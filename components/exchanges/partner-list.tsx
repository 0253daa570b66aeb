import type { PartnerName } from "@/db/queries/activities-partners";
import { localityNames } from "@/lib/domain/locality-name";

/** The local script's language, so that screen readers and fonts read 神戸市 as Japanese and 인천 as Korean. */
const LANG: Record<string, string> = { JP: "ja", KR: "ko" };

/**
 * A list row's partner places: the name in the reader's language first (神户市 / Kobe), the
 * others beside it in a quieter type (lib/domain/locality-name.ts). Works on server and client.
 */
export function PartnerList({ partners, locale }: { partners: PartnerName[]; locale: string }) {
  return (
    <ul>
      {partners.map((p) => {
        const { primary, secondary } = localityNames({ nameLocal: p.name, nameRomanised: p.romanised, nameZh: p.zh }, locale);
        return (
          <li key={p.partnershipId}>
            {primary}
            {secondary.length > 0 ? (
              <span className="text-slate-600">
                {" "}
                (
                {secondary.map((n, i) => (
                  <span key={n}>
                    {i > 0 ? " · " : null}
                    <span lang={n === p.name ? LANG[p.countryCode] : undefined}>{n}</span>
                  </span>
                ))}
                )
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
