import { RULES, type Row } from "./judge";
import { request, siteRequest } from "./call";
import type { Scope } from "./world";

// Issue 14, part C: the annual development report's file.
const province = (scope: Scope) => (scope === "own" ? "TJ" : "SD");
const annual = (query: string) => siteRequest(`/reports/annual/file?year=2025&lang=en&format=pdf&${query}`);

export const annualRows: Row[] = [
  {
    target: "(app)/reports/annual/file/route.ts#GET",
    variant: "a locality's annual report (within one's scope)",
    writes: false,
    expect: RULES.scopedWrite,
    run: request((w, scope) => ({ req: annual(`scope=locality&locality=${w.ours[scope]}`) })),
  },
  {
    target: "(app)/reports/annual/file/route.ts#GET",
    variant: "a province's annual report (its administrators and the nation's)",
    writes: false,
    expect: RULES.adminScoped,
    run: request((_w, scope) => ({ req: annual(`scope=province&province=${province(scope)}`) })),
  },
  {
    target: "(app)/reports/annual/file/route.ts#GET",
    variant: "the nation's or a region's annual report (national administrators only)",
    writes: false,
    expect: RULES.nationalOnly,
    run: request((_w, scope) => ({ req: annual(scope === "own" ? "scope=nation" : "scope=region&region=east") })),
  },
];
