import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import type { Viewer } from "@/lib/auth/viewer";
import { setClockForTests } from "@/lib/domain/clock";
import { parseListParams } from "@/lib/validation/list-params";
import { auditListSchema } from "@/lib/validation/user-lists";
import { addUser, createTestDb } from "@/test/test-db";
import { listAudit } from "./audit";

let db: Db;
let admin: Viewer;
let other: Viewer;
const list = (query: Record<string, string> = {}) => listAudit(db, parseListParams(auditListSchema, query));

beforeEach(() => {
  db = createTestDb();
  admin = addUser(db, "national_admin");
  other = addUser(db, "national_admin");
  runAudited(db, admin.id, (_tx, audit) => audit({ action: "create", entityType: "user", entityId: 7, after: { name: "A" } }));
  runAudited(db, other.id, (_tx, audit) =>
    audit({ action: "update", entityType: "user", entityId: 7, before: { name: "A" }, after: { name: "B" } }),
  );
  runAudited(db, admin.id, (_tx, audit) => audit({ action: "archive", entityType: "partnership", entityId: 9 }));
  // 2026-01-01 00:30 in China is still 2025-12-31 in UTC: days are China's.
  db.update(auditLog)
    .set({ at: new Date("2025-12-31T16:30:00Z") })
    .run();
});

afterEach(() => setClockForTests(null));

describe("listAudit", () => {
  it("lists newest first with who made each change and the values", () => {
    const { rows, total } = list();
    expect(total).toBe(3);
    expect(rows.map((r) => r.action)).toEqual(["archive", "update", "create"]);
    expect(rows[1]).toMatchObject({ userName: other.name, before: { name: "A" }, after: { name: "B" } });
  });

  it("filters by user, entity, id and action", () => {
    expect(list({ user: String(other.id) }).total).toBe(1);
    expect(list({ entity: "user", entityId: "7" }).total).toBe(2);
    expect(list({ entity: "user", action: "create" }).rows.map((r) => r.entityId)).toEqual([7]);
  });

  it("filters by calendar days in China's time zone, inclusive", () => {
    expect(list({ from: "2026-01-01", to: "2026-01-01" }).total).toBe(3);
    expect(list({ to: "2025-12-31" }).total).toBe(0);
    expect(list({ from: "2026-01-02" }).total).toBe(0);
  });

  it("takes its days from the clock's time zone, not a hard-coded +08:00", () => {
    // 2025-12-31 16:30 UTC is 16:30 on 2025-12-31 in London.
    setClockForTests(null, "Europe/London");
    expect(list({ from: "2025-12-31", to: "2025-12-31" }).total).toBe(3);
    expect(list({ from: "2026-01-01" }).total).toBe(0);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(list({ user: "x", entity: "<script>", entityId: "-4", from: "2026-02-31", action: "drop" }).total).toBe(3);
  });

  it("pages", () => {
    expect(list({ pageSize: "10", page: "2" }).rows).toEqual([]);
  });
});
