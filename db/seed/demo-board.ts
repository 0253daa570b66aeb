import type { Db } from "@/db/connection";

/** Demonstration board for the sharing platform (filled in by its feature). */
export function seedDemoBoard(db: Db, adminId: number): void {
  void db;
  void adminId;
}
