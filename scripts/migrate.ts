import { openDatabase } from "@/db/connection";
import { databasePath } from "@/db/paths";

const file = databasePath();
openDatabase(file).$client.close();
console.log(`Amity: ${file} is migrated.`);
