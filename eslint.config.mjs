import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Test fixtures (test/fixtures/) build test worlds: never part of the application. */
const FIXTURES = {
  group: ["@/test/fixtures", "@/test/fixtures/*", "**/test/fixtures/**"],
  message: "Test fixtures (test/fixtures/) are for *.test.ts files only, never for application code.",
};

/**
 * Data access only in db/ (docs/conventions.md): components/ and lib/ (except the server glue in
 * lib/auth and lib/server) get their data from a page or a db/ function, never from the database.
 */
const DATA_ACCESS = [
  {
    group: ["@/db", "@/db/*", "**/db/**"],
    allowTypeImports: true,
    message:
      "Data access lives in db/: a page (or lib/auth, lib/server) calls db/ and passes the data in. Only `import type` from db/ is allowed here.",
  },
  {
    group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
    allowTypeImports: true,
    message: "The database driver and query builder are used only in db/ (and lib/auth, lib/server). Only `import type` is allowed here.",
  },
];

const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

/**
 * The one clock (lib/domain/clock.ts): "now", "today", "this year" and date arithmetic go through it,
 * in the offices' time zone, never the server's zone or UTC.
 */
const clockRule = [
  {
    selector: "NewExpression[callee.name='Date'] > TemplateLiteral > TemplateElement[tail=true][value.raw=/T\\d\\d:\\d\\d(:\\d\\d)?$/]",
    message:
      "A date-time without a zone is read in the server's or the browser's zone (a day early east of China). Use isoToDate() (components/exchanges/labels.ts) to format a calendar date.",
  },
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='Date'][callee.property.name='now']",
    message: "Use now() from lib/domain/clock.ts (the one clock; tests freeze it with setClockForTests), not Date.now().",
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Use now() from lib/domain/clock.ts (the one clock; tests freeze it with setClockForTests), not new Date().",
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
    message:
      "toISOString() is UTC: from 00:00 to 08:00 China time its date is yesterday's. Use today() or dateOf(instant) from lib/domain/clock.ts.",
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(getFullYear|getMonth|getDate|getDay)$/][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
    message: "This reads the server's time zone. Use thisYear(), thisMonth() or today() from lib/domain/clock.ts.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ["components/**", "lib/**"],
    ignores: ["lib/auth/**", "lib/server/**", ...TESTS],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...DATA_ACCESS, FIXTURES] }] },
  },
  {
    files: ["app/**", "db/**", "lib/auth/**", "lib/server/**"],
    ignores: TESTS,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [FIXTURES] }] },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".e2e-*/**",
      "node_modules/**",
      "db/migrations/**",
      "data/**",
      ".e2e/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.{ts,tsx}"],
    ignores: ["lib/domain/clock.ts", "**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...clockRule] },
  },
];

export default config;
