import crypto from "node:crypto";
import { hashSync } from "@node-rs/argon2";
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { DEMO_META_KEY, isDemoDatabase } from "@/db/queries/app-meta";
import { appMeta, users } from "@/db/schema";
import { seedDemoExchanges } from "./demo-exchanges";
import { seedDemoEvaluations } from "./demo-evaluations";
import { seedDemoRegistry } from "./demo-registry";
import { seedDemoSharing } from "./demo-sharing";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoUsers } from "./demo-users";
import { createRandom } from "./random";
import { seedReference } from "./reference";

/** The one account of a new production database. */
export const FIRST_ADMIN_EMAIL = "admin@amity.local";

export type SeedOptions = {
  /** Demonstration data and accounts with a public password: only `npm run demo`, `npm run db:seed` and the e2e server ask for it. */
  demo?: boolean;
  log?: (line: string) => void;
};

export type SeedResult = { created: "nothing" } | { created: "demo" } | { created: "production"; email: string; password: string };

/**
 * Fills a database that has no users yet; does nothing otherwise, so it is safe to call on every
 * start. Without `demo`: the reference data and one national administrator whose random password
 * is printed once and must be changed at first sign-in.
 */
export function ensureSeeded(db: Db, { demo = false, log = console.log }: SeedOptions = {}): SeedResult {
  const existing = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (existing > 0) {
    markLegacyDemo(db, log);
    return { created: "nothing" };
  }
  seedReference(db);
  if (!demo) return createFirstAdmin(db, log);
  // Marked first, so that even a demo seeding cut short is never taken for real records.
  markDemo(db);
  const started = performance.now();
  const rng = createRandom(20180624);
  const seeded = seedDemoRegistry(db, rng);
  seedDemoUsers(db);
  const statuses = seedDemoExchanges(db, rng, seeded);
  const admin = db.select({ id: users.id }).from(users).where(eq(users.role, "national_admin")).get();
  seedDemoEvaluations(db, rng, statuses, admin?.id ?? 1);
  seedDemoSharing(db, admin?.id ?? 1);
  log(`Amity: demo data created in ${Math.round(performance.now() - started)} ms (${seeded.length} partnerships).`);
  logDemoAccounts(log);
  return { created: "demo" };
}

export function logDemoAccounts(log: (line: string) => void = console.log): void {
  log("Demo accounts (password for all: " + DEMO_PASSWORD + "):");
  for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(15)} ${a.email}`);
}

function createFirstAdmin(db: Db, log: (line: string) => void): SeedResult {
  const password = crypto.randomBytes(12).toString("base64url");
  db.insert(users)
    .values({
      email: FIRST_ADMIN_EMAIL,
      name: "Administrator",
      passwordHash: hashSync(password),
      role: "national_admin",
      mustChangePassword: true,
    })
    .run();
  log("Amity: new database created with one national administrator.");
  log(`  Sign in as ${FIRST_ADMIN_EMAIL} with the one-time password ${password}`);
  log("  It is shown only this once; you will be asked to choose your own password at first sign-in.");
  return { created: "production", email: FIRST_ADMIN_EMAIL, password };
}

function markDemo(db: Db): void {
  db.insert(appMeta)
    .values({ key: DEMO_META_KEY, value: "1" })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: "1" } })
    .run();
}

/** Databases filled by `npm start` before demo and production were told apart hold the demo accounts but no mark. */
function markLegacyDemo(db: Db, log: (line: string) => void): void {
  if (isDemoDatabase(db)) return;
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const demoUser = db.select({ id: users.id }).from(users).where(inArray(users.email, emails)).get();
  if (!demoUser) return;
  markDemo(db);
  log("Amity: this database holds the demo accounts; it is now marked as demonstration data.");
}
