// `npm test`: typecheck, lint, unit tests, a production build and the end-to-end
// tests; ends with one line "N passed, N failed" totalling every runner.
import fs from "node:fs";
import { spawn, spawnSync } from "node:child_process";

const totals = { passed: 0, failed: 0, skipped: 0 };
const run = (label, cmd, args, env = {}) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`=== ${label}: exit ${result.status} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
};
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};
/** Runs a command with its output held back, then printed whole: several run side by side. */
const runQuietly = (label, cmd, args, env = {}) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (status) => {
      console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${label}: exit ${status} in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(status === 0);
    });
  });
fs.mkdirSync(".e2e", { recursive: true });
fs.rmSync(".e2e/vitest.json", { force: true });

// Typecheck, lint, the unit tests, the format check, knip and the copy-paste detector touch
// nothing the others read, so they run together (CI time); each check but the unit tests counts as one.
const unitRun = runQuietly("unit tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=.e2e/vitest.json",
]);
const [typecheckOk, lintOk, formatOk, knipOk, dupesOk] = await Promise.all([
  runQuietly("typecheck", "npm", ["run", "typecheck"]),
  runQuietly("lint", "npm", ["run", "lint"]),
  runQuietly("format", "npm", ["run", "format:check"]),
  runQuietly("unused code (knip)", "npm", ["run", "knip"]),
  runQuietly("copied code (jscpd)", "npm", ["run", "dupes"]),
]);
for (const ok of [typecheckOk, lintOk, formatOk, knipOk, dupesOk]) {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
}
// The production build needs nothing from the unit tests: it starts once the other checks are done,
// beside the unit tests' last minutes, and skips the type check just run (next.config.js).
const [unitOk, buildOk] = await Promise.all([
  unitRun,
  runQuietly("build", "npx", ["next", "build"], typecheckOk ? { AMITY_TYPECHECKED: "1" } : {}),
]);
const unit = readJson(".e2e/vitest.json");
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += unit.numFailedTests ?? 0;
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && !unit.numFailedTests) totals.failed += 1; // a suite that failed to load
} else totals.failed += 1;

if (!buildOk) totals.failed += 1;
else {
  fs.rmSync(".e2e/results.json", { force: true });
  const e2eOk = run("end-to-end tests", "npx", ["playwright", "test"]);
  const e2e = readJson(".e2e/results.json");
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected ?? 0;
    totals.failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    totals.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) totals.failed += 1;
  } else totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed === 0 ? 0 : 1);
