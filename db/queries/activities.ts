import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, localities, partnerships } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActivityCategory, ActivityLocation } from "@/lib/domain/enums";
import type { ActivityListParams } from "@/lib/validation/activity-list";
import { containsText } from "./search";
import { partnersOfActivities, type PartnerName } from "./activities-partners";
import { exchangeSearchSql, withPartners } from "./exchange-list";

export type ActivityRow = {
  id: number;
  title: string;
  category: ActivityCategory;
  startDate: string;
  endDate: string | null;
  location: ActivityLocation;
  organiserId: number;
  organiserName: string;
  organiserRomanised: string;
  organiserZh: string | null;
  participantsOurs: number | null;
  participantsPartner: number | null;
  archived: boolean;
  partners: PartnerName[];
};

/** The organiser locality, joined by the list and the calendar (filters refer to it). */
export const org = alias(localities, "org");

/** Activities linked to a partnership whose partner matches (a country, a name). */
function linkedPartnerSql(condition: SQL): SQL {
  return sql`exists (select 1 from ${activityPartnerships} ap
    join ${partnerships} p on p.id = ap.partnership_id
    join ${localities} pl on pl.id = p.partner_locality_id
    where ap.activity_id = ${activities.id} and ${condition})`;
}

/** What a list narrows to by the "my city / whole country" switch (lib/server/list-scope.ts); absent: the nation. */
export type WithinScope = { within?: QueryScope };

/** The WHERE of the activity list and of the calendar (without the date range); an activity is its organiser's. */
export function activityFilterSql(f: Omit<Partial<ActivityListParams>, "archived"> & { archived?: boolean } & WithinScope): SQL[] {
  const where: SQL[] = [f.archived ? isNotNull(activities.archivedAt) : isNull(activities.archivedAt)];
  const inScope = f.within && scopeCondition(f.within, { localityId: activities.organiserLocalityId, provinceCode: org.provinceCode });
  if (inScope) where.push(inScope);
  if (f.category) where.push(eq(activities.category, f.category));
  if (f.locality) where.push(eq(activities.organiserLocalityId, f.locality));
  if (f.province) where.push(eq(org.provinceCode, f.province));
  if (f.region) where.push(sql`${org.provinceCode} in (select code from provinces where region = ${f.region})`);
  if (f.partnership) {
    where.push(
      sql`exists (select 1 from ${activityPartnerships} ap where ap.activity_id = ${activities.id} and ap.partnership_id = ${f.partnership})`,
    );
  }
  if (f.country) where.push(linkedPartnerSql(sql`pl.country_code = ${f.country}`));
  if (f.from) where.push(sql`coalesce(${activities.endDate}, ${activities.startDate}) >= ${f.from}`);
  if (f.to) where.push(sql`${activities.startDate} <= ${f.to}`);
  if (f.startFrom) where.push(sql`${activities.startDate} >= ${f.startFrom}`);
  if (f.startTo) where.push(sql`${activities.startDate} <= ${f.startTo}`);
  const q = f.q?.trim();
  if (q) {
    const text = sql`(${containsText(activities.title, q)} or ${containsText(activities.tags, q)})`;
    where.push(exchangeSearchSql(q, text, org.searchKey, linkedPartnerSql));
  }
  return where;
}

const SORTS = {
  startDate: [activities.startDate],
  title: [activities.title],
  category: [activities.category, activities.startDate],
  organiser: [org.nameLocal, activities.startDate],
} as const;

/** The list's ORDER BY for its `sort` and `dir`, ties broken by id: the same on every page and in the export. */
export function activityOrder(params: Pick<ActivityListParams, "sort" | "dir">): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  return [...SORTS[params.sort], activities.id].map((c) => direction(c));
}

/** `select <selection> from` the list's tables: activities ⋈ their organiser (`org`). */
export function selectActivities<S extends SelectedFields>(db: DbOrTx, selection: S) {
  return db.select(selection).from(activities).innerJoin(org, eq(org.id, activities.organiserLocalityId));
}

/** One page of the activity list; reading is shared nationally, so every signed-in role sees the same rows. */
export function listActivities(
  db: DbOrTx,
  _viewer: Viewer,
  params: ActivityListParams & WithinScope,
): { rows: ActivityRow[]; total: number } {
  const where = and(...activityFilterSql(params));
  const total = selectActivities(db, { n: count() }).where(where).get()?.n ?? 0;
  const rows = selectActivities(db, {
    id: activities.id,
    title: activities.title,
    category: activities.category,
    startDate: activities.startDate,
    endDate: activities.endDate,
    location: activities.location,
    organiserId: activities.organiserLocalityId,
    organiserName: org.nameLocal,
    organiserRomanised: org.nameRomanised,
    organiserZh: org.nameZh,
    participantsOurs: activities.participantsOurs,
    participantsPartner: activities.participantsPartner,
    archivedAt: activities.archivedAt,
  })
    .where(where)
    .orderBy(...activityOrder(params))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const partners = partnersOfActivities(
    db,
    rows.map((r) => r.id),
  );
  return { total, rows: withPartners(rows, partners) };
}
