import { openDatabase } from "@/db/connection";
import { databasePath } from "@/db/paths";
import { ensureSeeded } from "@/db/seed/ensure-seeded";

const db = openDatabase(databasePath());
ensureSeeded(db);
db.$client.close();
