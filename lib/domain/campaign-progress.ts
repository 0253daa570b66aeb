import type { EvaluationState } from "@/lib/domain/enums";

/** A campaign's evaluations by state, and their total. */
export type StateCounts = Record<EvaluationState, number> & { total: number };

export const emptyCounts = (): StateCounts => ({ pending: 0, draft: 0, submitted: 0, returned: 0, approved: 0, total: 0 });

/** How far an area has come: evaluations submitted or approved, of all. */
export type Completion = {
  done: number;
  total: number;
  /** Whole percent, rounded down: 100 only when every one is in. */ percent: number;
};

export function completion(counts: StateCounts): Completion {
  const done = counts.submitted + counts.approved;
  return { done, total: counts.total, percent: counts.total === 0 ? 0 : Math.floor((done * 100) / counts.total) };
}

/** The whole campaign's counts within the viewer's scope, the sum of its provinces. */
export function totalCounts(progress: { counts: StateCounts }[]): StateCounts {
  const sum = emptyCounts();
  for (const p of progress) for (const key of Object.keys(sum) as (keyof StateCounts)[]) sum[key] += p.counts[key];
  return sum;
}
