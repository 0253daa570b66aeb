import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/connection";
import { createTestDb } from "@/test/test-db";
import { checkLimitIn, consumeLimitIn, LIMITS, RATE_LIMIT_TABLE, resetLimitIn } from "./rate-limit";

describe("attempt limits in SQLite", () => {
  it("lets the allowed attempts through, then refuses with the wait, per key and per limit", async () => {
    const client = createTestDb().$client;
    const { points, seconds } = LIMITS.export;
    for (let i = 0; i < points; i += 1) expect(await consumeLimitIn(client, "export", "user:1")).toEqual({ ok: true });
    const refused = await consumeLimitIn(client, "export", "user:1");
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    const wait = refused.ok ? 0 : refused.retryAfterSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(seconds);
    expect(await consumeLimitIn(client, "export", "user:2")).toEqual({ ok: true });
    expect(await consumeLimitIn(client, "partnerLink", "user:1")).toEqual({ ok: true });
  });

  it("checks without counting, and forgets a key on reset", async () => {
    const client = createTestDb().$client;
    const { points } = LIMITS.signInAccount;
    for (let i = 0; i < points - 1; i += 1) await consumeLimitIn(client, "signInAccount", "a@x.test");
    expect(await checkLimitIn(client, "signInAccount", "a@x.test")).toEqual({ ok: true });
    expect(await checkLimitIn(client, "signInAccount", "a@x.test")).toEqual({ ok: true });
    await consumeLimitIn(client, "signInAccount", "a@x.test");
    expect((await checkLimitIn(client, "signInAccount", "a@x.test")).ok).toBe(false);
    await resetLimitIn(client, "signInAccount", "a@x.test");
    expect(await checkLimitIn(client, "signInAccount", "a@x.test")).toEqual({ ok: true });
  });

  it("keeps its counts in the database file, so that they survive a restart", async () => {
    const first = createTestDb().$client;
    const file = first.name;
    for (let i = 0; i <= LIMITS.signInAccount.points; i += 1) await consumeLimitIn(first, "signInAccount", "b@x.test");
    first.close();

    const reopened = openDatabase(file).$client;
    const after = await checkLimitIn(reopened, "signInAccount", "b@x.test");
    expect(after.ok).toBe(false);
    expect(reopened.prepare(`SELECT count(*) AS n FROM ${RATE_LIMIT_TABLE}`).get()).toEqual({ n: 1 });
  });
});
