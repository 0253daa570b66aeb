import { and, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities } from "@/db/schema";
import type { ActivityListParams } from "@/lib/validation/activity-list";
import { activityFilterSql, activityOrder, org, selectActivities, type WithinScope } from "../activities";
import type { BuiltQuery } from "./reader";

/** The partner localities of an activity, "神戸市 (Kobe); …". */
const partnersSql = sql<string | null>`(select group_concat(pl.name_local || ' (' || pl.name_romanised || ')', '; ')
  from activity_partnerships ap join partnerships p on p.id = ap.partnership_id join localities pl on pl.id = p.partner_locality_id
  where ap.activity_id = ${activities.id})`;

/** The same partners by their Chinese names, "神户市; …" (the romanised name where none is recorded yet). */
const partnersZhSql = sql<string | null>`(select group_concat(coalesce(pl.name_zh, pl.name_romanised), '; ')
  from activity_partnerships ap join partnerships p on p.id = ap.partnership_id join localities pl on pl.id = p.partner_locality_id
  where ap.activity_id = ${activities.id})`;

export const activityExportSelection = {
  id: activities.id,
  title: activities.title,
  category: activities.category,
  startDate: activities.startDate,
  endDate: activities.endDate,
  location: activities.location,
  locationDetail: activities.locationDetail,
  organiserLocal: org.nameLocal,
  organiserRomanised: org.nameRomanised,
  partners: partnersSql,
  partnersZh: partnersZhSql,
  participantsOurs: activities.participantsOurs,
  participantsPartner: activities.participantsPartner,
  costAmount: activities.costAmount,
  costCurrency: activities.costCurrency,
  outcomes: activities.outcomes,
};

export type ActivityExportRow = { [K in keyof typeof activityExportSelection]: string | number | null };

/** Every activity the list shows for these URL parameters (all pages): the list's own filters and order (../activities.ts). */
export function activityExportQuery(db: DbOrTx, params: ActivityListParams & WithinScope): BuiltQuery {
  return selectActivities(db, activityExportSelection)
    .where(and(...activityFilterSql(params)))
    .orderBy(...activityOrder(params))
    .toSQL();
}
