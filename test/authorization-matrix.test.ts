import "@/test/matrix/mock-next";
import { beforeAll, describe, expect, it } from "vitest";
import type { Row } from "@/test/matrix/judge";
import { state } from "@/test/matrix/state";
import { callableFiles, loadCallables, type Callable } from "@/test/matrix/targets";
import { auditCount, matrixWorld, ROLE_KEYS, type RoleKey, type Scope, type World } from "@/test/matrix/world";
import { ALL_ROWS } from "@/test/matrix/rows";

/**
 * Who may read and write what, tried in-process on the real exported server
 * actions and route handlers against a real SQLite file: every callable × every
 * role × a record of the caller's own scope (Tianjin, province TJ) and one
 * outside it (Qingdao, province SD). A refused write must leave every table and
 * the audit log as they were. A new action or route without rows here fails the
 * first test: add its rows (the rules are in test/matrix/judge.ts).
 */

const ROWS: Row[] = ALL_ROWS;
const SCOPES: readonly Scope[] = ["own", "foreign"];

type Case = [name: string, row: Row, role: RoleKey, scope: Scope];
const cases: Case[] = ROWS.flatMap((row) =>
  ROLE_KEYS.flatMap((role) =>
    (row.scopes ?? SCOPES).map((scope): Case => [`${row.target} · ${row.variant} · ${role} · ${scope}`, row, role, scope]),
  ),
);
const { actions, routes } = callableFiles();
const targets = new Set(ROWS.map((r) => r.target));

let world: World;
let callables: Map<string, Callable>;

beforeAll(async () => {
  world = matrixWorld();
  // Exports read through their own connection and uploads are stored beside the database: both find the test's.
  process.env.DATABASE_PATH = world.db.$client.name;
  callables = await loadCallables();
}, 60_000);

describe(`authorisation matrix: ${targets.size} actions and routes (in ${actions.length} action files and ${routes.length} route files) × ${ROLE_KEYS.length} roles × ${SCOPES.length} scopes = ${targets.size * ROLE_KEYS.length * SCOPES.length} (${cases.length} cases in ${ROWS.length} rows)`, () => {
  it("has rows for every exported action and route handler, and none for one that does not exist", () => {
    const exported = [...callables.keys()].sort();
    expect(
      exported.filter((key) => !targets.has(key)),
      "exported without rows in the matrix",
    ).toEqual([]);
    expect(
      [...targets].filter((key) => !callables.has(key)),
      "rows for something not exported",
    ).toEqual([]);
  });

  it.each(cases)("%s", async (_name, row, role, scope) => {
    const w = row.isolated ? matrixWorld() : world;
    state.db = w.db;
    state.viewer = role === "anonymous" ? null : w.people[role];
    state.cookies.clear();
    const target = callables.get(row.target);
    if (!target) throw new Error(`${row.target} is not exported`);
    let before: { audit: number; tables: Record<string, number> } | null = null;
    // The snapshot is taken when the call is made, after the case has arranged its records.
    const call = async (...args: unknown[]) => {
      before = { audit: auditCount(w.db), tables: w.tableCounts() };
      return (target as (...a: unknown[]) => Promise<unknown>)(...args);
    };
    const verdict = await row.run(call, w, scope, state.viewer);
    const expected = row.expect[role][scope === "own" ? 0 : 1];
    expect(verdict.outcome, verdict.message).toBe(expected);
    if (row.writes && verdict.outcome !== "ok" && before) {
      const { audit, tables } = before;
      expect(auditCount(w.db), "a refused write added to the audit log").toBe(audit);
      expect(w.tableCounts(), "a refused write changed a table").toEqual(tables);
    }
  });
});
