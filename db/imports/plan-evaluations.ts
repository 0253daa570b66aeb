import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { evaluationCampaigns, evaluations } from "@/db/schema";
import { PARTNERSHIP_PURPOSES, type PartnershipPurpose } from "@/lib/domain/enums";
import { thisYear } from "@/lib/domain/clock";
import { PURPOSE_FLAG_FIELDS } from "@/lib/import/fields";
import type { RowChange } from "@/lib/import/types";
import { pairsInScope } from "./pair-cells";
import { eachRow, type EvaluationValues, type ImportPlan, type PlanInput } from "./plan";

type YearCampaign = { id: number | null; open: boolean };

/** The campaign a year's answers go to: its closed one (the newest), none yet (a new one), or an open one (refused). */
function campaignOf(db: DbOrTx, cache: Map<number, YearCampaign>, year: number): YearCampaign {
  const cached = cache.get(year);
  if (cached) return cached;
  const rows = db
    .select({ id: evaluationCampaigns.id, state: evaluationCampaigns.state })
    .from(evaluationCampaigns)
    .where(and(eq(evaluationCampaigns.year, year), isNull(evaluationCampaigns.archivedAt)))
    .all();
  const closed = rows.filter((r) => r.state === "closed").sort((a, b) => b.id - a.id)[0];
  const found = { id: closed?.id ?? null, open: !closed && rows.length > 0 };
  cache.set(year, found);
  return found;
}

type Existing = EvaluationValues & { id: number; version: number; state: string; importId: number | null };

function existingOf(db: DbOrTx, campaignId: number, partnershipId: number): Existing | undefined {
  return db
    .select({
      id: evaluations.id,
      version: evaluations.version,
      state: evaluations.state,
      importId: evaluations.importId,
      status: evaluations.status,
      trend: evaluations.trend,
      purposes: evaluations.purposes,
      mostFrequentCategory: evaluations.mostFrequentCategory,
      politicalEffect: evaluations.politicalEffect,
      achievements: evaluations.achievements,
      problems: evaluations.problems,
      plans: evaluations.plans,
    })
    .from(evaluations)
    .where(and(eq(evaluations.campaignId, campaignId), eq(evaluations.partnershipId, partnershipId)))
    .get() as Existing | undefined;
}

/** The purposes of a row: the one-cell list and/or the yes/no columns, in the questionnaire's order. */
function purposesOf(v: Record<string, unknown>): PartnershipPurpose[] | null {
  const chosen = new Set<PartnershipPurpose>(Array.isArray(v.purposes) ? (v.purposes as PartnershipPurpose[]) : []);
  PURPOSE_FLAG_FIELDS.forEach((flag, i) => {
    if (v[flag] === true) chosen.add(PARTNERSHIP_PURPOSES[i]!);
  });
  const anyGiven = v.purposes !== null && v.purposes !== undefined ? true : PURPOSE_FLAG_FIELDS.some((f) => typeof v[f] === "boolean");
  return anyGiven ? PARTNERSHIP_PURPOSES.filter((p) => chosen.has(p)) : null;
}

const FIELDS: (keyof EvaluationValues)[] = [
  "status",
  "trend",
  "purposes",
  "mostFrequentCategory",
  "politicalEffect",
  "achievements",
  "problems",
  "plans",
];
const shown = (v: unknown) => (v === null || v === undefined ? null : Array.isArray(v) ? v.join(", ") : String(v));

/**
 * Plans a year of answers: each row's partnership (registered), the year's closed campaign (or a new
 * one marked imported), the viewer's scope; an answer already given in Amity is never overwritten.
 */
export function* planEvaluations(input: PlanInput & { db: DbOrTx }, plan: ImportPlan): Generator<number> {
  const { db } = input;
  const campaigns = new Map<number, YearCampaign>();
  const newYears = new Set<number>();
  const label = (v: Record<string, unknown>) =>
    `${(v.year as number | null) ?? "?"} ${(v.pairs as string | null) ?? [v.ourName, v.partnerName].filter(Boolean).join(" – ")}`;
  yield* eachRow(input, plan, label, (row) => {
    const { v, problems } = row;
    const year = v.year as number;
    if (typeof year === "number" && year > thisYear()) problems.push({ field: "year", key: "futureYear" });
    if (problems.length > 0) return row.fail();
    const pairs = pairsInScope(input, row);
    if (!pairs) return;
    if (pairs.length !== 1) return row.fail([{ field: "pairs", key: "onePair" }]);
    const pair = pairs[0]!;
    const campaign = campaignOf(db, campaigns, year);
    if (campaign.open) return row.fail([{ field: "year", key: "campaignNotClosed", values: { year } }]);
    if (row.repeated(`${year}|${pair.id}`)) return;
    const values: EvaluationValues = {
      status: v.status as EvaluationValues["status"],
      trend: (v.trend as EvaluationValues["trend"]) ?? null,
      purposes: purposesOf(v),
      mostFrequentCategory: (v.mostFrequentCategory as EvaluationValues["mostFrequentCategory"]) ?? null,
      politicalEffect: (v.politicalEffect as EvaluationValues["politicalEffect"]) ?? null,
      achievements: (v.achievements as string | null) ?? null,
      problems: (v.problems as string | null) ?? null,
      plans: (v.plans as string | null) ?? null,
    };
    const existing = campaign.id === null ? undefined : existingOf(db, campaign.id, pair.id);
    if (existing && existing.importId === null && (existing.state === "submitted" || existing.state === "approved"))
      return row.fail([{ field: "year", key: "answeredInAmity", values: { year } }]);
    if (campaign.id === null) newYears.add(year);
    const op = { year, campaignId: campaign.id, partnershipId: pair.id, localityId: pair.ourLocalityId, values };
    if (!existing) {
      plan.evaluations.push({ ...op, existing: null });
      return row.done("create");
    }
    const changes: RowChange[] = FIELDS.filter((f) => shown(values[f]) !== shown(existing[f])).map((f) => ({
      field: f,
      before: shown(existing[f]),
      after: shown(values[f]),
    }));
    if (existing.state !== "approved") changes.push({ field: "state", before: existing.state, after: "approved" });
    if (changes.length === 0) return row.done("match");
    plan.evaluations.push({ ...op, existing: { id: existing.id, version: existing.version } });
    row.done("update", changes);
  });
  plan.newCampaignYears.push(...[...newYears].sort());
}
