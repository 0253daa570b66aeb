import path from "node:path";
import Database from "better-sqlite3";
import { hashSync } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";

/**
 * Throw-away accounts for tests that change an account (deactivate it, store a
 * language): the demo accounts are shared by every spec and must stay as seeded.
 * They are written straight into the database the e2e server uses.
 */
export type TestUser = { id: number; email: string; password: string; name: string };

function databasePath(): string {
  return path.join(process.cwd(), process.env.AMITY_E2E_DIR ?? ".e2e", "data", "amity.db");
}

function withDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(databasePath());
  db.pragma("busy_timeout = 5000");
  try {
    return run(db);
  } finally {
    db.close();
  }
}

let counter = 0;

export function createTestUser(role: "national_admin" | "viewer" = "viewer"): TestUser {
  counter += 1;
  const unique = `${Date.now().toString(36)}-${process.pid}-${counter}`;
  const user = { email: `e2e-${unique}@amity.test`, password: `pw-${unique}-long`, name: `测试 Test ${unique}` };
  const now = Date.now();
  const id = withDb(
    (db) =>
      db
        .prepare(
          "INSERT INTO users (email, name, password_hash, role, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?) RETURNING id",
        )
        .get(user.email, user.name, hashSync(user.password), role, now, now) as { id: number },
  ).id;
  return { id, ...user };
}

export function setUserActive(id: number, active: boolean): void {
  withDb((db) => db.prepare("UPDATE users SET active = ? WHERE id = ?").run(active ? 1 : 0, id));
}

/** Fills the sign-in form (either language) and submits it; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole("button", { name: /^(sign in|登录)$/i }).click();
}

/** Signing in hashes a password and renders the dashboard: slow on a busy machine. */
export const SIGN_IN_TIMEOUT = 30_000;

/** Signs in through the real form and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: SIGN_IN_TIMEOUT });
}

/** Collects every response the server answers with a 5xx status. */
export function recordServerErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return errors;
}

/** The sign-in form's error (Next's route announcer is an empty alert too). */
export function signInError(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

/** After a refused sign-in: the dashboard still sends to the sign-in page, and the server answered no request with an error. */
export async function expectStillSignedOut(page: Page, serverErrors: string[]): Promise<void> {
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  expect(serverErrors).toEqual([]);
}
