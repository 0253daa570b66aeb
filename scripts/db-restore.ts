// `npm run db:restore <file>`: puts a backup in place of DATABASE_PATH. Refused while the app runs
// and for a file that is not an intact Amity database; the replaced database is kept beside it.
import { BackupError, restoreDatabase } from "@/db/backup";
import { databasePath } from "@/db/paths";

const backup = process.argv[2];
const target = databasePath();
if (!backup) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
try {
  const aside = restoreDatabase(backup, target);
  console.log(`Amity: ${backup} restored to ${target}.`);
  if (aside) console.log(`  The database it replaced is kept as ${aside}.`);
  console.log("  Start the app again; a backup from an older version is migrated on start.");
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Amity: nothing restored. ${error.message}`);
  process.exitCode = 1;
}
