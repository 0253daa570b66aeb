import { and, desc, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { editableLocalitySql } from "./activities-scope";
import { containsText } from "./search";

export type ActivityOption = { id: number; title: string; startDate: string };

/**
 * The type-ahead of the delegation form's activity picker: activities the
 * viewer may edit, those of the delegation's partnerships first, matched by title.
 */
export function searchActivityOptions(
  db: DbOrTx,
  viewer: Viewer,
  opts: { q: string; partnershipIds?: number[]; limit?: number },
): ActivityOption[] {
  const where: SQL[] = [isNull(activities.archivedAt), editableLocalitySql(viewer, activities.organiserLocalityId)];
  const q = opts.q.trim();
  if (q) where.push(containsText(activities.title, q));
  const ids = opts.partnershipIds ?? [];
  // No constant when there are no ids: SQLite reads `order by 0` as a column number and fails.
  const linked = ids.length
    ? [
        desc(
          sql`exists (select 1 from ${activityPartnerships} ap where ap.activity_id = ${activities.id} and ${inArray(sql`ap.partnership_id`, ids)})`,
        ),
      ]
    : [];
  return db
    .select({ id: activities.id, title: activities.title, startDate: activities.startDate })
    .from(activities)
    .where(and(...where))
    .orderBy(...linked, desc(activities.startDate))
    .limit(opts.limit ?? 15)
    .all();
}

export function activityOptionsByIds(db: DbOrTx, ids: number[]): ActivityOption[] {
  if (ids.length === 0) return [];
  return db
    .select({ id: activities.id, title: activities.title, startDate: activities.startDate })
    .from(activities)
    .where(inArray(activities.id, ids))
    .all();
}
