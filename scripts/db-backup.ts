// `npm run db:backup [file]`: an online, consistent copy of DATABASE_PATH while the app keeps running,
// to <data folder>/backups/<name>-<UTC time>.db or the file given.
import fs from "node:fs";
import { BackupError, backupDatabase } from "@/db/backup";
import { databasePath } from "@/db/paths";

const source = databasePath();
try {
  const file = backupDatabase(source, process.argv[2]);
  const megabytes = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`Amity: backup of ${source} written to ${file} (${megabytes} MB).`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Amity: no backup made. ${error.message}`);
  process.exitCode = 1;
}
