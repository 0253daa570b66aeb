import { RULES, type Row } from "./judge";
import { request, siteRequest } from "./call";

/** Issue 14, part A: the results export with the page's scope filters (a locality's results: within one's own scope only). */
export const evaluationTableRows: Row[] = [
  {
    target: "(app)/reports/evaluations/route.ts#GET",
    variant: "a locality's results tables (scoped by the filters)",
    writes: false,
    expect: RULES.scopedWrite,
    run: request((w, scope) => ({
      req: siteRequest(`/reports/evaluations?campaign=${w.campaign("open", ["TJ", "SD"])}&locality=${w.ours[scope]}&format=xlsx`),
    })),
  },
];
