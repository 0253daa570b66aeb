import type { Db } from "@/db/connection";

/** Demonstration cases for the sharing platform (filled in by its feature). */
export function seedDemoCases(db: Db, adminId: number): void {
  void db;
  void adminId;
}
