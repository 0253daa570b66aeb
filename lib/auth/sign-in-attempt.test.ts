import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { users } from "@/db/schema";
import { LIMITS } from "@/lib/server/rate-limit";
import { addUser, createTestDb } from "@/test/test-db";
import { hashPassword } from "./passwords";
import { attemptSignIn, signInWait, type SignInOutcome } from "./sign-in-attempt";

const PASSWORD = "a-right-password-2026";
let hash: string;

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

function withAccount(): { db: Db; email: string } {
  const db = createTestDb();
  const { id, email } = addUser(db, "city_staff");
  db.update(users).set({ passwordHash: hash }).where(eq(users.id, id)).run();
  return { db, email };
}

const wrong = (email: string, address = "203.0.113.5") => ({ email, password: "not-the-password", address });
const right = (email: string, address = "203.0.113.5") => ({ email, password: PASSWORD, address });
const waitOf = (outcome: SignInOutcome) => (!outcome.ok && outcome.reason === "locked" ? outcome.retryAfterSeconds : 0);

describe("sign-in attempts", () => {
  it("signs in with the right password", async () => {
    const { db, email } = withAccount();
    expect(await attemptSignIn(db, right(email))).toMatchObject({ ok: true, user: { email } });
  });

  it("locks the account after 40 wrong passwords in a row, refusing even the right one, with the wait", async () => {
    const { db, email } = withAccount();
    const outcomes = [];
    for (let i = 0; i < 40; i += 1) outcomes.push(await attemptSignIn(db, wrong(email)));
    expect(outcomes.filter((o) => !o.ok && o.reason === "wrongCredentials")).toHaveLength(LIMITS.signInAccount.points);

    const after = await attemptSignIn(db, right(email));
    expect(after).toEqual({ ok: false, reason: "locked", retryAfterSeconds: expect.any(Number) });
    const wait = waitOf(after);
    expect(wait).toBeGreaterThan(13 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await signInWait(db, email, "198.51.100.9")).toBe(wait);
  });

  it("counts a burst of parallel guesses before checking any, so that no more than the limit are tried", async () => {
    const { db, email } = withAccount();
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => attemptSignIn(db, wrong(email))));
    expect(outcomes.filter((o) => !o.ok && o.reason === "wrongCredentials")).toHaveLength(LIMITS.signInAccount.points);
    expect((await attemptSignIn(db, right(email))).ok).toBe(false);
  });

  it("keeps the lock when the database is opened again (a restart)", async () => {
    const { db, email } = withAccount();
    for (let i = 0; i < LIMITS.signInAccount.points; i += 1) await attemptSignIn(db, wrong(email));
    const file = db.$client.name;
    db.$client.close();
    const reopened = openDatabase(file);
    expect(await attemptSignIn(reopened, right(email))).toMatchObject({ ok: false, reason: "locked" });
  });

  it("forgets an account's failures when it signs in, and counts only failures against an address", async () => {
    const { db, email } = withAccount();
    for (let i = 0; i < LIMITS.signInAccount.points - 1; i += 1) await attemptSignIn(db, wrong(email));
    expect((await attemptSignIn(db, right(email))).ok).toBe(true);
    for (let i = 0; i < LIMITS.signInAccount.points - 1; i += 1) await attemptSignIn(db, wrong(email));
    expect((await attemptSignIn(db, right(email))).ok).toBe(true);
    // Many successful sign-ins from one address (the end-to-end tests, an office behind one gateway) never lock it.
    for (let i = 0; i < LIMITS.signInAddress.points + 5; i += 1) expect((await attemptSignIn(db, right(email, "192.0.2.1"))).ok).toBe(true);
  });

  it("locks an address that fails on many accounts, without locking those accounts elsewhere", async () => {
    const { db, email } = withAccount();
    for (let i = 0; i < LIMITS.signInAddress.points; i += 1) await attemptSignIn(db, wrong(`nobody${i}@x.test`, "192.0.2.66"));
    expect(await attemptSignIn(db, right(email, "192.0.2.66"))).toMatchObject({ ok: false, reason: "locked" });
    expect((await attemptSignIn(db, right(email, "192.0.2.67"))).ok).toBe(true);
  });

  it("refuses a deactivated account's right password like a wrong one", async () => {
    const { db, email } = withAccount();
    db.update(users).set({ active: false }).where(eq(users.email, email)).run();
    expect(await attemptSignIn(db, right(email))).toEqual({ ok: false, reason: "wrongCredentials" });
  });
});
