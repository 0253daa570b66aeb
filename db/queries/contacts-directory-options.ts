import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { contacts, countries, partnerships } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import { localityLabel, localityName } from "@/lib/domain/locality-name";
import { contactOurs, contactPartner, selectContacts } from "./contacts-directory";

/** A select stays usable: past this many partnerships the filter is reached from a partnership's page instead. */
const MAX_PARTNERSHIP_OPTIONS = 400;

/**
 * The directory's filter choices: partnerships and partner countries that
 * have current contacts within the switch's scope, named in the viewer's language.
 */
export function contactFilterOptions(db: DbOrTx, within: QueryScope | undefined, locale: string) {
  const zh = locale.startsWith("zh");
  const where = and(
    isNull(contacts.archivedAt),
    isNull(partnerships.archivedAt),
    within ? scopeCondition(within, { localityId: partnerships.ourLocalityId, provinceCode: contactOurs.provinceCode }) : undefined,
  );
  const pairs = selectContacts(db, {
    value: partnerships.id,
    oursLocal: contactOurs.nameLocal,
    oursRomanised: contactOurs.nameRomanised,
    oursZh: contactOurs.nameZh,
    partnerLocal: contactPartner.nameLocal,
    partnerRomanised: contactPartner.nameRomanised,
    partnerZh: contactPartner.nameZh,
  })
    .where(where)
    .groupBy(partnerships.id)
    .orderBy(asc(contactOurs.nameLocal), asc(contactPartner.nameRomanised))
    .limit(MAX_PARTNERSHIP_OPTIONS + 1)
    .all();
  const countryRows = selectContacts(db, { value: countries.code, label: zh ? countries.nameZh : countries.nameEn })
    .innerJoin(countries, eq(countries.code, contactPartner.countryCode))
    .where(where)
    .groupBy(countries.code)
    .orderBy(asc(zh ? countries.nameZh : countries.nameEn))
    .all();
  return {
    partnerships:
      pairs.length > MAX_PARTNERSHIP_OPTIONS
        ? null
        : pairs.map((p) => ({
            value: String(p.value),
            // 天津市 – 神户市（神戸市 · Kobe）/ Tianjin – Kobe (神戸市): the reader's language first.
            label: `${localityName({ nameLocal: p.oursLocal, nameRomanised: p.oursRomanised, nameZh: p.oursZh }, locale)} – ${localityLabel({ nameLocal: p.partnerLocal, nameRomanised: p.partnerRomanised, nameZh: p.partnerZh }, locale)}`,
          })),
    countries: countryRows,
  };
}
