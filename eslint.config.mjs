import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The one clock (lib/domain/clock.ts): "now", "today", "this year" and date arithmetic go through it,
 * in the offices' time zone, never the server's zone or UTC.
 */
const clockRule = [
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='Date'][callee.property.name='now']",
    message: "Use now() from lib/domain/clock.ts (the one clock; tests freeze it with setClockForTests), not Date.now().",
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Use now() from lib/domain/clock.ts (the one clock; tests freeze it with setClockForTests), not new Date().",
  },
  {
    selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
    message: "toISOString() is UTC: from 00:00 to 08:00 China time its date is yesterday's. Use today() or dateOf(instant) from lib/domain/clock.ts.",
  },
  {
    selector: "CallExpression[callee.property.name=/^(getFullYear|getMonth|getDate|getDay)$/][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
    message: "This reads the server's time zone. Use thisYear(), thisMonth() or today() from lib/domain/clock.ts.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", ".e2e-*/**", "node_modules/**", "db/migrations/**", "data/**", ".e2e/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.{ts,tsx}"],
    ignores: ["lib/domain/clock.ts", "**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...clockRule] },
  },
];

export default config;
