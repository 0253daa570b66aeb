import "@/test/matrix/mock-next";
import { describe, expect, it, vi } from "vitest";
import type { Row } from "@/test/matrix/judge";
import { english } from "@/test/matrix/intl";
import { state } from "@/test/matrix/state";
import { loadCallables } from "@/test/matrix/targets";
import { actionVariants, captureRoute, routeVariants, type Variant } from "@/test/matrix/variants";
import { matrixWorld, ROLE_KEYS, type RoleKey } from "@/test/matrix/world";
import { ALL_ROWS } from "@/test/matrix/rows";

/**
 * Every server action and route handler, called in-process with malformed,
 * wrong-typed, oversized and hostile payloads (test/matrix/hostile.ts) as each
 * role: never a throw or an unexpected error, never a write when refused
 * (SQLite's change counter stays put), always a translated message; a number
 * field never takes something that is not a number.
 */

const world = matrixWorld();
process.env.DATABASE_PATH = world.db.$client.name;
const callables = await loadCallables();
const unexpected = await english("errors.unexpected");
const changes = () => world.db.$client.prepare("select total_changes()").pluck().get() as number;

/** One row per export (its first), whose valid call the hostile ones are made from. */
const ROWS = ALL_ROWS;
const firstRows = ROWS.filter((row, i) => ROWS.findIndex((other) => other.target === row.target) === i);

/** Runs the row's own arrangement as the national administrator and keeps the arguments of its valid call. */
async function validCall(row: Row): Promise<unknown[]> {
  let captured: unknown[] = [];
  state.db = world.db;
  state.viewer = world.people.national_admin;
  const record = async (...args: unknown[]) => {
    captured = args;
    return Object.assign(new Response(""), { data: [] });
  };
  await row.run(record, world, "own", state.viewer);
  return captured;
}

const isRoute = (target: string) => /\/route\.ts#/.test(target);
const plans: { target: string; variants: Variant[] }[] = [];
for (const row of firstRows) {
  const args = await validCall(row);
  plans.push({ target: row.target, variants: isRoute(row.target) ? routeVariants(await captureRoute(args)) : actionVariants(args) });
}
const perRole = plans.reduce((n, p) => n + p.variants.length, 0);

/** Signing out takes no input: whatever is sent, it ends the session (and so writes). */
const WRITES_WHATEVER_IS_SENT = new Set(["actions/sign-out.ts#signOutAction"]);

/** What is wrong with one answer, or null. */
async function problemWith(target: string, result: unknown, wrote: boolean, mustRefuse: boolean): Promise<string | null> {
  if (isRoute(target)) {
    const response = result as Response;
    const body = await response.text();
    if (response.status >= 500) return `answered ${response.status}: ${body.slice(0, 120)}`;
    if (response.status !== 200 && !body.trim()) return `answered ${response.status} without a message`;
    if (response.status !== 200 && wrote) return `answered ${response.status} but wrote`;
    return null;
  }
  if (WRITES_WHATEVER_IS_SENT.has(target)) return null;
  if (result === undefined) return wrote ? "answered nothing but wrote" : null; // setLocale: a form action without an answer
  const r = result as { ok?: boolean; error?: string | null; done?: boolean };
  if ("done" in r) return r.done || !wrote ? null : "refused but wrote"; // the partner's form: a valid answer may carry hostile free text
  if (!("ok" in r)) return r.error ? null : "refused without a message"; // the sign-in form's state
  if (r.ok) return mustRefuse ? "took something that is not a number for a number" : null;
  if (!r.error) return "refused without a message";
  if (r.error === unexpected) return "failed unexpectedly";
  return wrote ? "refused but wrote" : null;
}

describe(`hostile input: ${perRole} hostile calls to ${plans.length} actions and routes × ${ROLE_KEYS.length} roles = ${perRole * ROLE_KEYS.length} inputs tried`, () => {
  const cases = plans.flatMap((plan) => ROLE_KEYS.map((role) => [plan.target, role, plan] as const));

  it.each(cases)("%s as %s", async (target, role: RoleKey, plan) => {
    const call = callables.get(target)!;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const problems: string[] = [];
    for (const variant of plan.variants) {
      state.db = world.db;
      state.viewer = role === "anonymous" ? null : world.people[role];
      const before = changes();
      let result: unknown;
      try {
        result = await (call as (...a: unknown[]) => Promise<unknown>)(...variant.args());
      } catch (error) {
        problems.push(`${variant.label}: threw ${String(error).slice(0, 160)}`);
        continue;
      }
      const problem = await problemWith(target, result, changes() !== before, variant.mustRefuse);
      if (problem) problems.push(`${variant.label}: ${problem}`);
    }
    const errors = logged.mock.calls.map((c) => String(c[1] ?? c[0]).slice(0, 160));
    logged.mockRestore();
    expect(problems, "hostile inputs handled badly").toEqual([]);
    expect(errors, "errors logged").toEqual([]);
  });
});
