import { describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { auditLog, contacts, delegations, localities, partnerships } from "@/db/schema";
import { readRestoreSummary } from "@/lib/domain/restorable";
import { AppError, ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/errors/app-error";
import { partnershipSchema } from "@/lib/validation/partnership";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { createContact, updateContact } from "./contacts";
import { createPartnership, updatePartnership } from "./partnerships";
import { updateLocality } from "./localities";
import { restoreVersion } from "./restore-version";

function setup() {
  const db = createTestDb();
  const { tianjin, qingdao, kobe } = addPlaces(db, "tianjin", "qingdao", "kobe");
  const admin = addUser(db, "national_admin");
  const values = (notes: string) =>
    partnershipSchema.parse({
      ourLocalityId: tianjin,
      partnerLocalityId: kobe,
      type: "sister",
      level: "city",
      signedOn: "1973-06-24",
      signatories: "",
      agreementLocation: "",
      notes,
    });
  const id = createPartnership(db, admin, values("first notes"));
  updatePartnership(db, admin, id, 1, values("second notes"));
  const lastEntry = () =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "partnership"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .get()!;
  return {
    db,
    tianjin,
    qingdao,
    kobe,
    admin,
    id,
    values,
    lastEntry,
    row: () => db.select().from(partnerships).where(eq(partnerships.id, id)).get()!,
    tianjinStaff: addUser(db, "city_staff", { localityId: tianjin, provinceCode: "TJ" }),
    qingdaoStaff: addUser(db, "city_staff", { localityId: qingdao, provinceCode: "SD" }),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    viewer: addUser(db, "viewer"),
  };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
};

describe("restoring an earlier version", () => {
  it("writes the old values back, bumps the version and audits a restore naming the version", () => {
    const s = setup();
    const update = s.lastEntry();
    expect(s.row()).toMatchObject({ notes: "second notes", version: 2 });
    const result = restoreVersion(s.db, s.tianjinStaff, { auditId: update.id, side: "before", version: 2 });
    expect(result).toEqual({ entityType: "partnership", entityId: s.id });
    expect(s.row()).toMatchObject({ notes: "first notes", version: 3, updatedBy: s.tianjinStaff.id });
    const restore = s.lastEntry();
    expect(restore).toMatchObject({ action: "restore", userId: s.tianjinStaff.id });
    expect(readRestoreSummary(restore.summary)).toEqual({ restoredVersion: 1, fromAudit: update.id });
    expect(restore.before).toMatchObject({ notes: "second notes", version: 2 });
    expect(restore.after).toMatchObject({ notes: "first notes", version: 3 });
    // The version after the edit can come back in turn.
    restoreVersion(s.db, s.admin, { auditId: update.id, side: "after", version: 3 });
    expect(s.row()).toMatchObject({ notes: "second notes", version: 4 });
  });

  it("refuses a stale version and changes nothing", () => {
    const s = setup();
    const error = errorOf(() => restoreVersion(s.db, s.admin, { auditId: s.lastEntry().id, side: "before", version: 1 }));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(s.row()).toMatchObject({ notes: "second notes", version: 2 });
  });

  it("refuses those outside the record's scope, and readers", () => {
    const s = setup();
    const auditId = s.lastEntry().id;
    for (const who of [s.qingdaoStaff, s.shandong, s.viewer]) {
      expect(errorOf(() => restoreVersion(s.db, who, { auditId, side: "before", version: 2 }))).toBeInstanceOf(ForbiddenError);
    }
    expect(s.row()).toMatchObject({ notes: "second notes", version: 2 });
  });

  it("refuses an unknown audit entry, an entry that is no version, and a version equal to the current one", () => {
    const s = setup();
    expect(errorOf(() => restoreVersion(s.db, s.admin, { auditId: 999_999, side: "after", version: 2 }))).toBeInstanceOf(NotFoundError);
    const create = s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, "create")))
      .get()!;
    const noVersion = errorOf(() => restoreVersion(s.db, s.admin, { auditId: create.id, side: "before", version: 2 })) as AppError;
    expect(noVersion.fieldErrors._form).toEqual(["history.restore.errors.notAVersion"]);
    const same = errorOf(() => restoreVersion(s.db, s.admin, { auditId: s.lastEntry().id, side: "after", version: 2 })) as AppError;
    expect(same.fieldErrors._form).toEqual(["history.restore.errors.nothingToRestore"]);
  });

  it("never moves a record: owner and partner fields stay as they are", () => {
    const s = setup();
    const busan = addLocality(s.db, { nameLocal: "부산광역시", nameRomanised: "Busan", countryCode: "KR" });
    updatePartnership(s.db, s.admin, s.id, 2, { ...s.values("third"), partnerLocalityId: busan });
    restoreVersion(s.db, s.admin, { auditId: s.lastEntry().id, side: "before", version: 3 });
    expect(s.row()).toMatchObject({ partnerLocalityId: busan, notes: "second notes", version: 4 });
  });

  it("restores a contact for whoever may edit its partnership, and a locality with its search key", () => {
    const s = setup();
    const contactId = createContact(s.db, s.admin, {
      partnershipId: s.id,
      side: "partner",
      office: "国際部",
      personName: "山田太郎",
      role: null,
      email: null,
      phone: null,
      languages: null,
    });
    updateContact(s.db, s.admin, contactId, 1, {
      partnershipId: s.id,
      side: "partner",
      office: "国際部",
      personName: "山田花子",
      role: null,
      email: null,
      phone: null,
      languages: null,
    });
    const contactUpdate = s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "contact"), eq(auditLog.entityId, contactId)))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(errorOf(() => restoreVersion(s.db, s.qingdaoStaff, { auditId: contactUpdate.id, side: "before", version: 2 }))).toBeInstanceOf(
      ForbiddenError,
    );
    restoreVersion(s.db, s.tianjinStaff, { auditId: contactUpdate.id, side: "before", version: 2 });
    expect(s.db.select().from(contacts).where(eq(contacts.id, contactId)).get()).toMatchObject({ personName: "山田太郎", version: 3 });

    const kobe = s.db.select().from(localities).where(eq(localities.id, s.kobe)).get()!;
    updateLocality(s.db, s.admin, s.kobe, 1, {
      countryCode: "JP",
      provinceCode: null,
      stateName: null,
      nameLocal: "神戸市",
      nameRomanised: "Koobe",
      nameZh: kobe.nameZh,
      level: "city",
      latitude: null,
      longitude: null,
      notes: null,
    } as never);
    const localityUpdate = s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "locality"), eq(auditLog.entityId, s.kobe)))
      .orderBy(desc(auditLog.id))
      .get()!;
    restoreVersion(s.db, s.admin, { auditId: localityUpdate.id, side: "before", version: 2 });
    const restored = s.db.select().from(localities).where(eq(localities.id, s.kobe)).get()!;
    expect(restored).toMatchObject({ nameRomanised: "Kobe", version: 3 });
    expect(restored.searchKey).toContain("kobe");
    expect(restored.searchKey).not.toContain("koobe");
  });

  it("refuses a value today's list no longer holds, and writes nothing", () => {
    const s = setup();
    const delegation = s.db
      .insert(delegations)
      .values({ direction: "outgoing", ourLocalityId: s.tianjin, leaderName: "李", leaderRank: "bureau", startDate: "2025-09-01" })
      .returning()
      .get();
    // An entry written before the ranks were renamed (migration 0003).
    const old = s.db
      .insert(auditLog)
      .values({
        action: "update",
        entityType: "delegation",
        entityId: delegation.id,
        before: { ...delegation, createdAt: null, updatedAt: null, leaderRank: "mayor", version: 0 },
        after: null,
      })
      .returning()
      .get();
    const error = errorOf(() => restoreVersion(s.db, s.admin, { auditId: old.id, side: "before", version: 1 })) as AppError;
    expect(error.fieldErrors._form).toEqual(["history.restore.errors.outdated"]);
    expect(s.db.select().from(delegations).where(eq(delegations.id, delegation.id)).get()).toMatchObject({
      leaderRank: "bureau",
      version: 1,
    });
  });
});
