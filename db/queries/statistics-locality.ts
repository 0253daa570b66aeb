import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { getDormantMonths } from "@/db/queries/app-meta";
import { today as clockToday } from "@/lib/domain/clock";
import type { PartnershipStatus } from "@/lib/domain/enums";
import { isDormant } from "@/lib/domain/dormancy";
import { nextAnniversary } from "@/lib/domain/statistics-locality";

export type LocalityPartnershipRow = {
  id: number;
  partnerLocal: string;
  partnerRomanised: string;
  partnerZh: string | null;
  countryCode: string;
  countryEn: string;
  countryZh: string;
  signedOn: string | null;
  status: PartnershipStatus | null;
  lastExchange: string | null;
  dormant: boolean;
  anniversary: { date: string; years: number } | null;
};

/** The last exchange of partnership `ps` on or before `today` (an activity, or a completed delegation), '' for none. */
export function lastExchangeOf(today: string): SQL {
  return sql`max(
    coalesce((select max(a.start_date) from activity_partnerships ap join activities a on a.id = ap.activity_id
      where ap.partnership_id = ps.id and a.archived_at is null and a.start_date <= ${today}), ''),
    coalesce((select max(d.start_date) from delegation_partnerships dp join delegations d on d.id = dp.delegation_id
      where dp.partnership_id = ps.id and d.archived_at is null and d.status = 'completed' and d.start_date <= ${today}), '')
  )`;
}

/** A city's own dashboard: each partnership with its status, last exchange, next anniversary and whether it is dormant, on the offices' day. */
export function getLocalityPartnerships(db: DbOrTx, localityId: number, today: string = clockToday()): LocalityPartnershipRow[] {
  const rows = db.all<Omit<LocalityPartnershipRow, "dormant" | "anniversary">>(sql`
    select ps.id as id, p.name_local as partnerLocal, p.name_romanised as partnerRomanised, p.name_zh as partnerZh, p.country_code as countryCode,
      c.name_en as countryEn, c.name_zh as countryZh, ps.signed_on as signedOn, ps.status as status,
      ${lastExchangeOf(today)} as lastExchange
    from partnerships ps join localities p on p.id = ps.partner_locality_id join countries c on c.code = p.country_code
    where ps.our_locality_id = ${localityId} and ps.archived_at is null
    order by p.name_romanised`);
  const months = getDormantMonths(db);
  return rows.map((r) => {
    const lastExchange = r.lastExchange || null;
    return {
      ...r,
      lastExchange,
      dormant: isDormant({ signedOn: r.signedOn, lastExchange }, today, months),
      anniversary: nextAnniversary(r.signedOn, today),
    };
  });
}
