import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, localities } from "@/db/schema";
import { StaleVersionError } from "@/lib/errors/app-error";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { runAudited } from "./audited";
import { updateVersioned } from "./versioned";

describe("versioned, audited writes", () => {
  it("updates at the expected version, bumps it and records before and after", () => {
    const db = createTestDb();
    const admin = addUser(db, "national_admin");
    const id = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
    const after = runAudited(db, admin.id, (tx, audit) =>
      updateVersioned(tx, audit, {
        table: localities,
        entityType: "locality",
        id,
        expectedVersion: 1,
        actorId: admin.id,
        values: { nameRomanised: "Kōbe" },
      }),
    );
    expect(after.version).toBe(2);
    expect(after.nameRomanised).toBe("Kōbe");
    const entries = db.select().from(auditLog).where(eq(auditLog.entityId, id)).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.userId).toBe(admin.id);
    expect(entries[0]?.before?.nameRomanised).toBe("Kobe");
    expect(entries[0]?.after?.nameRomanised).toBe("Kōbe");
  });

  it("refuses a stale save, names what changed and who changed it, and writes nothing", () => {
    const db = createTestDb();
    const alice = addUser(db, "national_admin");
    const bob = addUser(db, "national_admin");
    const id = addLocality(db, { nameLocal: "横浜市", nameRomanised: "Yokohama", countryCode: "JP" });
    runAudited(db, alice.id, (tx, audit) =>
      updateVersioned(tx, audit, {
        table: localities,
        entityType: "locality",
        id,
        expectedVersion: 1,
        actorId: alice.id,
        values: { notes: "Alice's note" },
      }),
    );
    let caught: unknown;
    try {
      runAudited(db, bob.id, (tx, audit) =>
        updateVersioned(tx, audit, {
          table: localities,
          entityType: "locality",
          id,
          expectedVersion: 1,
          actorId: bob.id,
          values: { nameRomanised: "YOKOHAMA" },
        }),
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StaleVersionError);
    const details = (caught as StaleVersionError).details;
    expect(details.changedFields).toEqual(["notes"]);
    expect(details.updatedBy).toBe(alice.name);
    expect(details.current.notes).toBe("Alice's note");
    const row = db.select().from(localities).where(eq(localities.id, id)).get();
    expect(row?.nameRomanised).toBe("Yokohama");
    expect(row?.version).toBe(2);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("rolls the audit row back when the write fails", () => {
    const db = createTestDb();
    const admin = addUser(db, "national_admin");
    const id = addLocality(db, { nameLocal: "仁川", nameRomanised: "Incheon", countryCode: "KR" });
    expect(() =>
      runAudited(db, admin.id, (tx, audit) => {
        audit({ action: "update", entityType: "locality", entityId: id, before: null, after: null });
        tx.update(localities).set({ countryCode: "XX" }).where(eq(localities.id, id)).run(); // foreign key fails
      }),
    ).toThrow();
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });
});
