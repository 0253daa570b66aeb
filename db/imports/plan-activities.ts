import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { ActivityCategory, ActivityLocation } from "@/lib/domain/enums";
import { foldName } from "@/lib/domain/fold-name";
import type { RowChange, RowProblem } from "@/lib/import/types";
import { isoDateField } from "@/lib/validation/activity-fields";
import { resolvePairs } from "./pair-cells";
import { missingRequired, RowReader, withCells, type ActivityValues, type ImportPlan, type PlanInput } from "./plan";

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
  const { table, viewer, directory: dir } = input;
  const reader = new RowReader("activities", input.mapping, input.valueMap);
  const cache = new Map<number, Map<string, Existing>>();
  const seen = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    if (i % 500 === 0) yield i;
    const line = table.rowNumbers[i]!;
    const { values: v, problems } = reader.read(table.rows[i]!, line);
    const label = `${(v.startDate as string | null) ?? ""} ${(v.title as string | null) ?? ""}`.trim() || "?";
    const fail = (extra: RowProblem[] = []) => plan.rows.push({ line, outcome: "fail", label, problems: withCells([...problems, ...extra], table.rows[i]!, input.mapping), changes: [] });
    problems.push(...missingRequired("activities", v, problems));
    for (const key of ["startDate", "endDate"] as const)
      if (typeof v[key] === "string" && !isoDateField.safeParse(v[key]).success) problems.push({ field: key, key: "dateOutOfRange" });
    if (typeof v.endDate === "string" && typeof v.startDate === "string" && v.endDate < v.startDate)
      problems.push({ field: "endDate", key: "endBeforeStart" });
    if (problems.length > 0) {
      fail();
      continue;
    }
    const pairs = resolvePairs(dir, v);
    if (!Array.isArray(pairs)) {
      fail([pairs]);
      continue;
    }
    const organiserId = pairs[0]!.ourLocalityId;
    if (pairs.some((p) => p.ourLocalityId !== organiserId)) {
      fail([{ field: "pairs", key: "severalOrganisers" }]);
      continue;
    }
    if (!can(viewer, "records.edit", { ownerLocalityId: organiserId, ownerProvinceCode: dir.locality(organiserId)?.provinceCode ?? null })) {
      fail([{ field: "pairs", key: "outsideScope" }]);
      continue;
    }
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
    const key = `${organiserId}|${values.startDate}|${foldName(values.title)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plan.rows.push({ line, outcome: "match", label, problems: [], changes: [], note: { field: null, key: "sameAsLine", values: { line: earlier } } });
      continue;
    }
    seen.set(key, line);
    const existing = existingOf(input.db, cache, organiserId).get(`${values.startDate}|${foldName(values.title)}`);
    if (!existing) {
      plan.activities.push({ op: "create", values, partnershipIds: pairs.map((p) => p.id) });
      plan.rows.push({ line, outcome: "create", label, problems: [], changes: [] });
      continue;
    }
    const changed: Partial<ActivityValues> = {};
    const changes: RowChange[] = [];
    for (const field of COMPARED) {
      const fileValue = values[field];
      // Only what the file says: an unmapped or empty cell, or a default, changes nothing.
      const given = field === "category" ? v.category : field === "location" ? v.location : fileValue;
      if (given === null || given === undefined || fileValue === existing[field]) continue;
      Object.assign(changed, { [field]: fileValue });
      changes.push({ field, before: existing[field] === null ? null : String(existing[field]), after: String(fileValue) });
    }
    if (changes.length === 0) plan.rows.push({ line, outcome: "match", label, problems: [], changes: [] });
    else {
      plan.activities.push({ op: "update", id: existing.id, version: existing.version, values: changed });
      plan.rows.push({ line, outcome: "update", label, problems: [], changes });
    }
  }
  plan.unrecognised.push(...reader.list());
}
