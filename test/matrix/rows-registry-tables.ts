import { RULES, type Row } from "./judge";
import { request, siteRequest } from "./call";

/** Issue 14, part B: one registry table of the activity report as CSV, for a locality (scoped like the report). */
export const registryTableRows: Row[] = [
  {
    target: "(app)/reports/activity/route.ts#GET",
    variant: "a locality's registry table (partnerships by partner country) as CSV",
    writes: false,
    expect: RULES.scopedWrite,
    run: request((w, scope) => ({
      req: siteRequest(`/reports/activity?scope=locality&locality=${w.ours[scope]}&format=csv&chart=by-country`),
    })),
  },
];
