import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

/**
 * The port is chosen once, in the main process, and handed to the workers
 * through the environment (they re-read this file).
 */
function pickPort(): string {
  if (process.env.AMITY_E2E_PORT) return process.env.AMITY_E2E_PORT;
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const port = execFileSync(process.execPath, ["-e", script]).toString();
  process.env.AMITY_E2E_PORT = port;
  return port;
}

const port = pickPort();
const baseURL = `http://127.0.0.1:${port}`;
/**
 * Debian's Chromium (browsers cannot be downloaded here). Its headless shell, the build Playwright
 * itself runs headless by default, is preferred: the full browser in headless mode costs about
 * twice the CPU per page on these 2-core machines.
 */
const debianChromium = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));
/** Where this run keeps its database, sessions and report: several runs may share a checkout. */
const e2eDir = process.env.AMITY_E2E_DIR ?? ".e2e";
process.env.AMITY_E2E_DIR = e2eDir;

export default defineConfig({
  testDir: "e2e",
  outputDir: `${e2eDir}/test-results`,
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `${e2eDir}/results.json` }]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { AMITY_E2E_PORT: port, AMITY_E2E_DIR: e2eDir },
  },
});
