import type { Db } from "@/db/connection";
import { seedDemoAnnouncements } from "./demo-announcements";
import { seedDemoBoard } from "./demo-board";
import { seedDemoCases } from "./demo-cases";

/** The sharing platform's demonstration records: cases, announcements and partner-seeking posts. */
export function seedDemoSharing(db: Db, adminId: number): void {
  seedDemoCases(db, adminId);
  seedDemoAnnouncements(db, adminId);
  seedDemoBoard(db, adminId);
}
