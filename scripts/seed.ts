// `npm run db:seed`, `npm run demo` and the e2e server: a new database at DATABASE_PATH gets the demo
// registry and the demo accounts (marked as demonstration data); one that has users is left alone.
import { closeDatabase, openDatabase } from "@/db/connection";
import { databasePath } from "@/db/paths";
import { isDemoDatabase } from "@/db/queries/app-meta";
import { ensureSeeded, logDemoAccounts } from "@/db/seed/ensure-seeded";

const file = databasePath();
const db = openDatabase(file);
const result = ensureSeeded(db, { demo: true });
if (result.created === "nothing") {
  if (isDemoDatabase(db)) {
    console.log(`Amity: ${file} already holds the demo data.`);
    logDemoAccounts();
  } else {
    console.error(`Amity: ${file} holds real records; no demo data was added.`);
    process.exitCode = 1;
  }
}
closeDatabase(db);
