import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { isDemoDatabase } from "@/db/queries/app-meta";
import { countries, provinces, users } from "@/db/schema";
import { createTestDb } from "@/test/test-db";
import { DEMO_ACCOUNTS } from "./demo-users";
import { ensureSeeded, FIRST_ADMIN_EMAIL } from "./ensure-seeded";

const quiet = { log: () => {} };

describe("ensureSeeded", () => {
  it("fills a new production database with reference data and one administrator who must change the password", async () => {
    const db = createTestDb();
    const lines: string[] = [];
    const result = ensureSeeded(db, { log: (line) => lines.push(line) });

    const all = db.select().from(users).all();
    expect(all).toHaveLength(1);
    const [admin] = all;
    expect(admin).toMatchObject({ email: FIRST_ADMIN_EMAIL, role: "national_admin", mustChangePassword: true, active: true });
    const emails = all.map((u) => u.email);
    for (const account of DEMO_ACCOUNTS) expect(emails).not.toContain(account.email);
    expect(isDemoDatabase(db)).toBe(false);
    expect(db.select().from(countries).all().length).toBeGreaterThan(100);
    expect(db.select().from(provinces).all().length).toBeGreaterThanOrEqual(31);

    expect(result.created).toBe("production");
    if (result.created !== "production") return;
    expect(result.password.length).toBeGreaterThanOrEqual(16);
    expect(await verify(admin!.passwordHash, result.password)).toBe(true);
    expect(lines.join("\n")).toContain(result.password);
  });

  it("gives every new database its own password", () => {
    const first = ensureSeeded(createTestDb(), quiet);
    const second = ensureSeeded(createTestDb(), quiet);
    expect(first.created === "production" && second.created === "production" && first.password !== second.password).toBe(true);
  });

  it("fills a demo database only when asked, marks it, and never forces the public demo password to change", () => {
    const db = createTestDb();
    expect(ensureSeeded(db, { ...quiet, demo: true })).toEqual({ created: "demo" });
    expect(isDemoDatabase(db)).toBe(true);
    const demoUsers = db.select().from(users).all();
    expect(demoUsers.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(demoUsers.every((u) => !u.mustChangePassword)).toBe(true);
    expect(demoUsers.map((u) => u.email)).not.toContain(FIRST_ADMIN_EMAIL);
  }, 180_000); // the whole demo registry: 8 s alone, 37 s seen beside a build and browsers (a bound, not a speed check)

  it("leaves a database with users alone", () => {
    const db = createTestDb();
    ensureSeeded(db, quiet);
    expect(ensureSeeded(db, { ...quiet, demo: true })).toEqual({ created: "nothing" });
    expect(db.select().from(users).all()).toHaveLength(1);
    expect(isDemoDatabase(db)).toBe(false);
  });

  it("marks a database filled before the demo mark existed, recognised by its demo accounts", () => {
    const db = createTestDb();
    db.insert(users).values({ email: DEMO_ACCOUNTS[0]!.email, name: "Demo", passwordHash: "x", role: "national_admin" }).run();
    expect(isDemoDatabase(db)).toBe(false);
    ensureSeeded(db, quiet);
    expect(isDemoDatabase(db)).toBe(true);
  });
});
