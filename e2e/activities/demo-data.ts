import path from "node:path";
import Database from "better-sqlite3";
import { test } from "@playwright/test";

/** Reads ids from the test server's demo database (read-only), so that tests need not guess them. */
function open() {
  const file = path.join(process.cwd(), process.env.AMITY_E2E_DIR ?? ".e2e", "data", "amity.db");
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** The id of the partnership between our locality and a partner, by their romanised names. */
export function partnershipId(ours: string, partner: string): number {
  const db = open();
  try {
    const row = db
      .prepare(
        `select p.id from partnerships p join localities o on o.id = p.our_locality_id join localities l on l.id = p.partner_locality_id
         where o.name_romanised = ? and l.name_romanised = ?`,
      )
      .get(ours, partner) as { id: number } | undefined;
    if (!row) throw new Error(`no partnership ${ours} – ${partner} in the demo data`);
    return row.id;
  } finally {
    db.close();
  }
}

export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Today in China, as the app computes it. */
export const todayIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** Server actions and route handlers answer in the session's language; the tests read English. */
export async function preferEnglish(page: import("@playwright/test").Page): Promise<void> {
  await page.context().addCookies([{ name: "amity_locale", value: "en", url: test.info().project.use.baseURL ?? "" }]);
}
