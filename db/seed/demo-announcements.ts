import type { Db } from "@/db/connection";

/** Demonstration announcements for the sharing platform (filled in by its feature). */
export function seedDemoAnnouncements(db: Db, adminId: number): void {
  void db;
  void adminId;
}
