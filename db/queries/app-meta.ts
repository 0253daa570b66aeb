import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { appMeta } from "@/db/schema";
import { parseDormantMonths } from "@/lib/domain/dormancy";

/** `app_meta` key set to "1" when the database was filled with demonstration data. */
export const DEMO_META_KEY = "demo";

export function getAppMeta(db: DbOrTx, key: string): string | null {
  return db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get()?.value ?? null;
}

/** True for a database holding demonstration data and accounts whose password is public. */
export function isDemoDatabase(db: DbOrTx): boolean {
  return getAppMeta(db, DEMO_META_KEY) === "1";
}

/** `app_meta` key of the dormancy threshold in months (a national setting; lib/domain/dormancy.ts). */
export const DORMANT_MONTHS_KEY = "dormant_months";

/** Months without an exchange after which a partnership counts as dormant. */
export function getDormantMonths(db: DbOrTx): number {
  return parseDormantMonths(getAppMeta(db, DORMANT_MONTHS_KEY));
}
