import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/enums";

/**
 * Roles are compared in lib/auth/permissions.ts only: everywhere else asks it
 * (`can`, `viewerScope`, `scopeCondition`, `roleScopeField`…). A role→scope
 * rule written in ten places is how three cross-office holes got in (issue 9).
 */
const ROOT = path.resolve(__dirname, "../..");
const DIRS = ["app", "components", "db", "lib"];
const ALLOWED = new Set(["lib/auth/permissions.ts"]);
const EXCLUDED_DIRS = ["db/seed/", "db/migrations/"];

/**
 * Files other work had open when this test came (issue 9): the lead converts
 * them to permissions.ts and empties this list. A listed file that no longer
 * compares roles fails the test too, so the list can only shrink.
 */
const PENDING = new Set<string>([]);

const role = `["'\`](?:${ROLES.join("|")})["'\`]`;
const PATTERNS = [
  /\brole\s*[!=]==?\s*["'`]/, // viewer.role === "…", role !== '…'
  new RegExp(`${role}\\s*[!=]==?`), // "national_admin" === viewer.role
  new RegExp(`\\bcase\\s+${role}\\s*:`), // switch (viewer.role) { case "city_staff": … }
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRS.some((d) => `${rel}/`.startsWith(d))) out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(rel);
    }
  }
  return out;
}

function roleComparisons(file: string): string[] {
  return fs
    .readFileSync(path.join(ROOT, file), "utf8")
    .split("\n")
    .flatMap((line, i) => (PATTERNS.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe("role comparisons", () => {
  const files = DIRS.flatMap(sourceFiles).filter((f) => !ALLOWED.has(f));

  it("appear nowhere but lib/auth/permissions.ts", () => {
    expect(files.filter((f) => !PENDING.has(f)).flatMap(roleComparisons)).toEqual([]);
  });

  it("keep the pending list honest: each listed file still has one to convert", () => {
    expect([...PENDING].filter((f) => !fs.existsSync(path.join(ROOT, f)) || roleComparisons(f).length === 0)).toEqual([]);
  });

  it("are found by the patterns (the test tests something)", () => {
    const samples = ['if (viewer.role === "national_admin") return;', "x = 'city_staff' !== user.role;", '    case "province_admin":'];
    for (const s of samples) expect(PATTERNS.some((p) => p.test(s))).toBe(true);
    expect(PATTERNS.some((p) => p.test('const scope = viewerScope(viewer); if (scope.kind === "nation") return;'))).toBe(false);
  });
});
