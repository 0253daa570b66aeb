import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { appMeta } from "@/db/schema";

/** `app_meta` key set to "1" when the database was filled with demonstration data. */
export const DEMO_META_KEY = "demo";

export function getAppMeta(db: DbOrTx, key: string): string | null {
  return db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get()?.value ?? null;
}

/** True for a database holding demonstration data and accounts whose password is public. */
export function isDemoDatabase(db: DbOrTx): boolean {
  return getAppMeta(db, DEMO_META_KEY) === "1";
}
