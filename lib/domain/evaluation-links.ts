import type { AnswerFilters, ResultsScopeFilters } from "@/lib/validation/evaluation-answers";

/**
 * The list of evaluations behind one number of a campaign's results: its approved answers within the
 * page's scope filters and with the given answer (lib/validation/evaluation-list.ts reads every parameter).
 */
export function evaluationsHref(campaignId: number, scope: ResultsScopeFilters, answer: AnswerFilters = {}): string {
  const query = new URLSearchParams({ campaign: String(campaignId), state: "approved" });
  for (const [key, value] of Object.entries({ ...scope, ...answer })) if (value !== undefined) query.set(key, String(value));
  return `/evaluations?${query.toString()}`;
}
