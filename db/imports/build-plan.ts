import type { DbOrTx } from "@/db/connection";
import type { ImportCounts, PreviewResult } from "@/lib/import/types";
import { planActivities } from "./plan-activities";
import { planEvaluations } from "./plan-evaluations";
import { planPartnerships } from "./plan-partnerships";
import type { ImportPlan, PlanInput } from "./plan";

/**
 * Plans a whole file, yielding the number of rows done every few hundred rows, so that a preview can
 * hand the event loop back (and report progress) while a commit runs it through at once.
 */
export function* buildPlan(input: PlanInput & { db: DbOrTx }): Generator<number, ImportPlan> {
  const plan: ImportPlan = {
    kind: input.kind,
    rows: [],
    unrecognised: [],
    newCountries: [],
    partnerships: [],
    activities: [],
    evaluations: [],
    newCampaignYears: [],
  };
  if (input.kind === "partnerships") yield* planPartnerships(input, plan);
  else if (input.kind === "activities") yield* planActivities(input, plan);
  else yield* planEvaluations(input, plan);
  return plan;
}

/** The plan at once, for the commit (inside its transaction). */
export function planNow(input: PlanInput & { db: DbOrTx }): ImportPlan {
  const run = buildPlan(input);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

export function countsOf(plan: ImportPlan): ImportCounts {
  const counts: ImportCounts = { rows: plan.rows.length, create: 0, update: 0, match: 0, fail: 0 };
  for (const row of plan.rows) counts[row.outcome] += 1;
  return counts;
}

/** What the preview shows of a plan. */
export function previewOf(plan: ImportPlan, table: { headers: string[] }, mapping: Record<string, number>): PreviewResult {
  const newLocalities = new Set<number>();
  for (const op of plan.partnerships)
    if (op.op === "create") for (const id of [op.ourLocalityId, op.partnerLocalityId]) if (id < 0) newLocalities.add(id);
  return {
    kind: plan.kind,
    counts: countsOf(plan),
    rows: plan.rows,
    unrecognised: plan.unrecognised,
    newLocalities: newLocalities.size,
    headers: table.headers,
    mapping,
  };
}
