import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities } from "@/db/schema";
import type { ActivityCategory, ActivityLocation } from "@/lib/domain/enums";
import { foldName } from "@/lib/domain/fold-name";
import type { RowChange } from "@/lib/import/types";
import { isoDateField } from "@/lib/validation/activity-fields";
import { pairsInScope } from "./pair-cells";
import { eachRow, type ActivityValues, type ImportPlan, type PlanInput } from "./plan";

type Existing = ActivityValues & { id: number; version: number };

/** The organiser's current activities, by day and folded title, read once per organiser. */
function existingOf(db: DbOrTx, cache: Map<number, Map<string, Existing>>, organiserId: number): Map<string, Existing> {
  let byKey = cache.get(organiserId);
  if (byKey) return byKey;
  byKey = new Map();
  const rows = db
    .select({
      id: activities.id,
      version: activities.version,
      title: activities.title,
      category: activities.category,
      startDate: activities.startDate,
      endDate: activities.endDate,
      location: activities.location,
      organiserLocalityId: activities.organiserLocalityId,
      participantsOurs: activities.participantsOurs,
      participantsPartner: activities.participantsPartner,
      description: activities.description,
    })
    .from(activities)
    .where(and(eq(activities.organiserLocalityId, organiserId), isNull(activities.archivedAt)))
    .all();
  for (const row of rows) byKey.set(`${row.startDate}|${foldName(row.title)}`, row);
  cache.set(organiserId, byKey);
  return byKey;
}

const COMPARED: (keyof ActivityValues)[] = ["category", "endDate", "location", "participantsOurs", "participantsPartner", "description"];

/**
 * Plans an activities file: each row's partnerships found by their pair names (registered ones only),
 * the organiser their Chinese side, the viewer's scope checked; an activity of the same organiser, day
 * and title (in the registry or earlier in the file) is the same activity.
 */
export function* planActivities(input: PlanInput & { db: DbOrTx }, plan: ImportPlan): Generator<number> {
  const cache = new Map<number, Map<string, Existing>>();
  const label = (v: Record<string, unknown>) => `${(v.startDate as string | null) ?? ""} ${(v.title as string | null) ?? ""}`.trim() || "?";
  yield* eachRow(input, plan, label, (row) => {
    const { v, problems } = row;
    for (const key of ["startDate", "endDate"] as const)
      if (typeof v[key] === "string" && !isoDateField.safeParse(v[key]).success) problems.push({ field: key, key: "dateOutOfRange" });
    if (typeof v.endDate === "string" && typeof v.startDate === "string" && v.endDate < v.startDate)
      problems.push({ field: "endDate", key: "endBeforeStart" });
    if (problems.length > 0) return row.fail();
    const pairs = pairsInScope(input, row);
    if (!pairs) return;
    const organiserId = pairs[0]!.ourLocalityId;
    const values: ActivityValues = {
      title: v.title as string,
      category: (v.category as ActivityCategory | null) ?? "other",
      startDate: v.startDate as string,
      endDate: (v.endDate as string | null) ?? null,
      location: (v.location as ActivityLocation | null) ?? "here",
      organiserLocalityId: organiserId,
      participantsOurs: (v.participantsOurs as number | null) ?? null,
      participantsPartner: (v.participantsPartner as number | null) ?? null,
      description: (v.description as string | null) ?? null,
    };
    const dayTitle = `${values.startDate}|${foldName(values.title)}`;
    if (row.repeated(`${organiserId}|${dayTitle}`)) return;
    const existing = existingOf(input.db, cache, organiserId).get(dayTitle);
    if (!existing) {
      plan.activities.push({ op: "create", values, partnershipIds: pairs.map((p) => p.id) });
      return row.done("create");
    }
    const changed: Partial<ActivityValues> = {};
    const changes: RowChange[] = [];
    for (const field of COMPARED) {
      // Only what the file says: an unmapped or empty cell (given a default above) changes nothing.
      if (v[field] === null || v[field] === undefined || values[field] === existing[field]) continue;
      Object.assign(changed, { [field]: values[field] });
      changes.push({ field, before: existing[field] === null ? null : String(existing[field]), after: String(values[field]) });
    }
    if (changes.length === 0) return row.done("match");
    plan.activities.push({ op: "update", id: existing.id, version: existing.version, values: changed });
    row.done("update", changes);
  });
}
