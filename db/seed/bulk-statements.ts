import type Database from "better-sqlite3";
import { now as clockNow } from "@/lib/domain/clock";

/**
 * Prepared statements for the bulk demo rows (tens of thousands): the query
 * builder costs ~10× more per row, and seeding must stay a matter of seconds.
 */
export function bulkStatements(client: Database.Database) {
  const now = clockNow().getTime();
  return {
    statusHistory: client.prepare(
      "insert into partnership_status_history (partnership_id, year, status, source, recorded_at) values (?, ?, ?, 'import', ?)",
    ),
    activity: client.prepare(
      `insert into activities (title, category, start_date, end_date, location, organiser_locality_id, participants_ours,
        participants_partner, tags, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, '[]', 1, ${now}, ${now})`,
    ),
    activityLink: client.prepare("insert into activity_partnerships (activity_id, partnership_id) values (?, ?)"),
    delegation: client.prepare(
      `insert into delegations (direction, our_locality_id, leader_name, leader_title, leader_rank, start_date, end_date, status,
        version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ${now}, ${now})`,
    ),
    delegationLink: client.prepare("insert into delegation_partnerships (delegation_id, partnership_id) values (?, ?)"),
    delegationActivity: client.prepare("insert into delegation_activities (delegation_id, activity_id) values (?, ?)"),
    member: client.prepare("insert into delegation_members (delegation_id, position, name, title) values (?, ?, ?, ?)"),
    setStatus: client.prepare("update partnerships set status = ? where id = ?"),
  };
}
export type BulkStatements = ReturnType<typeof bulkStatements>;
