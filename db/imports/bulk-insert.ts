import type Database from "better-sqlite3";
import type { NewLocality } from "./directory";
import type { PartnershipFields } from "./plan";

/**
 * Prepared statements for the rows a large import creates (tens of thousands): the query builder
 * costs ~10× more per row (as for the demo seed, db/seed/bulk-statements.ts). They run on the
 * connection of the caller's transaction, so they commit or roll back with it.
 */
export function importStatements(client: Database.Database, actorId: number, at: Date) {
  const time = at.getTime();
  const locality = client.prepare(
    `insert into localities (country_code, province_code, state_name, name_local, name_romanised, name_zh, search_key, level, latitude, longitude,
      version, created_at, updated_at, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ${time}, ${time}, ${actorId}, ${actorId})`,
  );
  const partnership = client.prepare(
    `insert into partnerships (our_locality_id, partner_locality_id, type, level, signed_on, status, notes, version, created_at, updated_at, created_by, updated_by)
      values (?, ?, ?, ?, ?, ?, ?, 1, ${time}, ${time}, ${actorId}, ${actorId})`,
  );
  const record = client.prepare(
    "insert into import_records (import_id, entity_type, entity_id, action, before, version_after) values (?, ?, ?, ?, ?, ?)",
  );
  return {
    locality: (l: NewLocality, searchKey: string) =>
      Number(
        locality.run(
          l.countryCode,
          l.provinceCode,
          l.stateName,
          l.nameLocal,
          l.nameRomanised,
          l.nameZh,
          searchKey,
          l.level,
          l.latitude,
          l.longitude,
        ).lastInsertRowid,
      ),
    partnership: (ours: number, partner: number, v: PartnershipFields) =>
      Number(partnership.run(ours, partner, v.type, v.level, v.signedOn, v.status, v.notes).lastInsertRowid),
    record: (
      importId: number,
      r: { entityType: string; entityId: number; action: string; before?: object | null; versionAfter?: number | null },
    ) => record.run(importId, r.entityType, r.entityId, r.action, r.before ? JSON.stringify(r.before) : null, r.versionAfter ?? null),
  };
}
