import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { attachments, auditLog, localities } from "@/db/schema";
import { setClockForTests } from "@/lib/domain/clock";
import { StaleVersionError } from "@/lib/errors/app-error";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { setArchived } from "./archived";
import { runAudited } from "./audited";

afterEach(() => setClockForTests(null));

describe("setArchived", () => {
  it("archives at the clock's now and restores a versioned record, audited as archive then restore", () => {
    const db = createTestDb();
    const admin = addUser(db, "national_admin");
    const id = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
    setClockForTests("2026-01-01T00:30:00Z");
    const archived = runAudited(db, admin.id, (tx, audit) =>
      setArchived(tx, audit, { table: localities, entityType: "locality", id, expectedVersion: 1, actorId: admin.id, archived: true }),
    );
    expect(archived.archivedAt?.toISOString()).toBe("2026-01-01T00:30:00.000Z");
    expect(archived.version).toBe(2);
    const restored = runAudited(db, admin.id, (tx, audit) =>
      setArchived(tx, audit, { table: localities, entityType: "locality", id, expectedVersion: 2, actorId: admin.id, archived: false }),
    );
    expect(restored.archivedAt).toBeNull();
    const actions = db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .all()
      .map((r) => r.action);
    expect(actions).toEqual(["archive", "restore"]);
  });

  it("refuses a stale version and changes nothing", () => {
    const db = createTestDb();
    const admin = addUser(db, "national_admin");
    const id = addLocality(db, { nameLocal: "横浜市", nameRomanised: "Yokohama", countryCode: "JP" });
    expect(() =>
      runAudited(db, admin.id, (tx, audit) =>
        setArchived(tx, audit, { table: localities, entityType: "locality", id, expectedVersion: 7, actorId: admin.id, archived: true }),
      ),
    ).toThrow(StaleVersionError);
    expect(db.select().from(localities).where(eq(localities.id, id)).get()?.archivedAt).toBeNull();
  });

  it("archives a record without a version (an attachment) with its audit row", () => {
    const db = createTestDb();
    const admin = addUser(db, "national_admin");
    const id = db
      .insert(attachments)
      .values({
        ownerType: "activity",
        ownerId: 1,
        fileName: "a.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1,
        storageKey: "k1",
        sha256: "x",
      })
      .returning()
      .get().id;
    setClockForTests("2026-03-01T02:00:00Z");
    const after = runAudited(db, admin.id, (tx, audit) =>
      setArchived(tx, audit, { table: attachments, entityType: "attachment", id, archived: true }),
    );
    expect(after.archivedAt?.toISOString()).toBe("2026-03-01T02:00:00.000Z");
    const entry = db.select().from(auditLog).where(eq(auditLog.entityType, "attachment")).get();
    expect(entry).toMatchObject({ action: "archive", entityId: id });
    expect(entry?.before?.archivedAt).toBeNull();
  });
});
