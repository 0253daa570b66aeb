import "server-only";
import type Database from "better-sqlite3";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { getDb } from "@/db/client";

/**
 * Attempt limits, counted by rate-limiter-flexible in a table of the app's own SQLite file
 * (`rate_limits`, created by the library), so that a restart does not wipe a lock and a backup
 * carries it. Fixed windows: the count starts with the first attempt and is forgotten when the
 * window ends.
 */
export type LimitName = "signInAccount" | "signInAddress" | "partnerLink" | "export";
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const MINUTE = 60;
export const LIMITS: Record<LimitName, { points: number; seconds: number }> = {
  /** Failed sign-ins per account (email): a password guesser gets 5 tries a quarter of an hour. */
  signInAccount: { points: 5, seconds: 15 * MINUTE },
  /** Failed sign-ins per client address, across accounts: stops one address trying many accounts. */
  signInAddress: { points: 50, seconds: 15 * MINUTE },
  /** Partner questionnaire submissions per client address: a partner answers once or twice. */
  partnerLink: { points: 20, seconds: 15 * MINUTE },
  /** Exports per user: generous for people, a ceiling for a script. */
  export: { points: 30, seconds: MINUTE },
};

export const RATE_LIMIT_TABLE = "rate_limits";

type Limiters = Promise<Record<LimitName, RateLimiterSQLite>>;
const byClient = new WeakMap<Database.Database, Limiters>();

function createLimiter(client: Database.Database, name: LimitName): Promise<RateLimiterSQLite> {
  return new Promise((resolve, reject) => {
    // The constructor creates the table (IF NOT EXISTS) and calls back once it is there.
    const limiter: RateLimiterSQLite = new RateLimiterSQLite(
      {
        storeClient: client,
        storeType: "better-sqlite3",
        tableName: RATE_LIMIT_TABLE,
        keyPrefix: name,
        points: LIMITS[name].points,
        duration: LIMITS[name].seconds,
        clearExpiredByTimeout: true,
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

/** The limiters over one database connection (tests open their own files). */
export function limitersFor(client: Database.Database): Limiters {
  let limiters = byClient.get(client);
  if (!limiters) {
    const names = Object.keys(LIMITS) as LimitName[];
    limiters = Promise.all(names.map((name) => createLimiter(client, name))).then(
      (made) => Object.fromEntries(names.map((name, i) => [name, made[i]!])) as Record<LimitName, RateLimiterSQLite>,
      (error: unknown) => {
        byClient.delete(client); // a busy database at start-up is tried again on the next attempt
        throw error;
      },
    );
    byClient.set(client, limiters);
  }
  return limiters;
}

function refused(res: RateLimiterRes): LimitResult {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/** Counts one attempt against `key`; refuses once the limit is reached (the attempt past it). */
export async function consumeLimitIn(client: Database.Database, name: LimitName, key: string): Promise<LimitResult> {
  const limiter = (await limitersFor(client))[name];
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error);
    throw error;
  }
}

/** Whether the next attempt would be refused, without counting one (a lock is checked before a password). */
export async function checkLimitIn(client: Database.Database, name: LimitName, key: string): Promise<LimitResult> {
  const res = await (await limitersFor(client))[name].get(key);
  return res && res.consumedPoints >= LIMITS[name].points ? refused(res) : { ok: true };
}

/** Gives back one counted attempt (a sign-in that succeeded counts only against failures). */
export async function refundLimitIn(client: Database.Database, name: LimitName, key: string): Promise<void> {
  await (await limitersFor(client))[name].reward(key, 1);
}

export async function resetLimitIn(client: Database.Database, name: LimitName, key: string): Promise<void> {
  await (await limitersFor(client))[name].delete(key);
}

/** Counts one attempt against `key` under the named limit; refuses once the limit is reached. */
export function consumeLimit(name: LimitName, key: string): Promise<LimitResult> {
  return consumeLimitIn(getDb().$client, name, key);
}
