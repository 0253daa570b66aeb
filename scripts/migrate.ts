import { closeDatabase, openDatabase } from "@/db/connection";
import { databasePath } from "@/db/paths";

const file = databasePath();
closeDatabase(openDatabase(file));
console.log(`Amity: ${file} is migrated.`);
