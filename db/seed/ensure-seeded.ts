import crypto from "node:crypto";
import { hashSync } from "@node-rs/argon2";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import { seedDemoExchanges } from "./demo-exchanges";
import { seedDemoEvaluations } from "./demo-evaluations";
import { seedDemoRegistry } from "./demo-registry";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoUsers } from "./demo-users";
import { createRandom } from "./random";
import { seedReference } from "./reference";

/** AMITY_EMPTY_DB=1 starts with reference data and one administrator only. */
export function isEmptyMode(): boolean {
  return process.env.AMITY_EMPTY_DB === "1" || process.env.AMITY_EMPTY_DB === "true";
}

/**
 * Fills a database that has no users yet; does nothing otherwise, so it is
 * safe to call on every start.
 */
export function ensureSeeded(db: Db, log: (line: string) => void = console.log): void {
  const existing = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (existing > 0) return;
  seedReference(db);
  if (isEmptyMode()) {
    const password = crypto.randomBytes(9).toString("base64url");
    db.insert(users).values({ email: "admin@amity.local", name: "Administrator", passwordHash: hashSync(password), role: "national_admin" }).run();
    log(`Amity: empty database created. Sign in as admin@amity.local with password ${password} and change it.`);
    return;
  }
  const started = Date.now();
  const rng = createRandom(20180624);
  const seeded = seedDemoRegistry(db, rng);
  seedDemoUsers(db);
  const statuses = seedDemoExchanges(db, rng, seeded);
  const admin = db.select({ id: users.id }).from(users).where(eq(users.role, "national_admin")).get();
  seedDemoEvaluations(db, rng, statuses, admin?.id ?? 1);
  log(`Amity: demo data created in ${Date.now() - started} ms (${seeded.length} partnerships).`);
  log("Demo accounts (password for all: " + DEMO_PASSWORD + "):");
  for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(15)} ${a.email}`);
}
