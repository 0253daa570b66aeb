import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, partnerships } from "@/db/schema";
import { AppError, ForbiddenError, StaleVersionError } from "@/lib/errors/app-error";
import { addUser, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { partnershipSchema } from "@/lib/validation/partnership";
import { createPartnership, setPartnershipArchived, updatePartnership } from "./partnerships";
import { archiveContact, createContact } from "./contacts";

function setup() {
  const db = createTestDb();
  const { tianjin, qingdao, kobe, incheon } = addPlaces(db, "tianjin", "qingdao", "kobe", "incheon");
  const values = (our: number, partner: number) =>
    partnershipSchema.parse({
      ourLocalityId: our,
      partnerLocalityId: partner,
      type: "sister",
      level: "city",
      signedOn: "1973-06-24",
      signatories: "",
      agreementLocation: "",
      notes: "",
    });
  return {
    db,
    tianjin,
    qingdao,
    kobe,
    incheon,
    values,
    admin: addUser(db, "national_admin"),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjinStaff: addUser(db, "city_staff", { localityId: tianjin, provinceCode: "TJ" }),
    viewer: addUser(db, "viewer"),
  };
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.fieldErrors } : error;
  }
  return null;
};

describe("partnership writes", () => {
  it("lets city staff create for their own locality only, audited", () => {
    const s = setup();
    const id = createPartnership(s.db, s.tianjinStaff, s.values(s.tianjin, s.kobe));
    expect(s.db.select().from(auditLog).where(eq(auditLog.entityId, id)).all()[0]).toMatchObject({
      action: "create",
      entityType: "partnership",
      userId: s.tianjinStaff.id,
    });
    expect(() => createPartnership(s.db, s.tianjinStaff, s.values(s.qingdao, s.kobe))).toThrow(ForbiddenError);
    expect(() => createPartnership(s.db, s.viewer, s.values(s.tianjin, s.incheon))).toThrow(ForbiddenError);
  });

  it("lets province administrators work in their province only", () => {
    const s = setup();
    expect(createPartnership(s.db, s.shandong, s.values(s.qingdao, s.kobe))).toBeGreaterThan(0);
    expect(() => createPartnership(s.db, s.shandong, s.values(s.tianjin, s.kobe))).toThrow(ForbiddenError);
  });

  it("refuses a pair that exists in either order, pointing to it", () => {
    const s = setup();
    const id = createPartnership(s.db, s.admin, s.values(s.tianjin, s.kobe));
    expect(codeOf(() => createPartnership(s.db, s.admin, s.values(s.tianjin, s.kobe)))).toEqual({
      code: "invalidInput",
      fields: { partnerLocalityId: [`partnerships.errors.duplicatePair|{"id":${id}}`] },
    });
    expect(codeOf(() => createPartnership(s.db, s.admin, s.values(s.kobe, s.tianjin)))).toMatchObject({ code: "invalidInput" });
  });

  it("refuses a partner in China or our side abroad", () => {
    const s = setup();
    expect(codeOf(() => createPartnership(s.db, s.admin, s.values(s.tianjin, s.qingdao)))).toMatchObject({
      fields: { partnerLocalityId: ["partnerships.errors.partnerSide"] },
    });
    expect(codeOf(() => createPartnership(s.db, s.admin, s.values(999, s.kobe)))).toMatchObject({
      fields: { ourLocalityId: ["partnerships.errors.ourSide"] },
    });
  });

  it("refuses a stale edit and a move out of the editor's scope", () => {
    const s = setup();
    const id = createPartnership(s.db, s.admin, s.values(s.tianjin, s.kobe));
    updatePartnership(s.db, s.tianjinStaff, id, 1, { ...s.values(s.tianjin, s.kobe), notes: "first" });
    expect(() => updatePartnership(s.db, s.admin, id, 1, { ...s.values(s.tianjin, s.kobe), notes: "second" })).toThrow(StaleVersionError);
    expect(() => updatePartnership(s.db, s.tianjinStaff, id, 2, s.values(s.qingdao, s.kobe))).toThrow(ForbiddenError);
    expect(() => updatePartnership(s.db, s.shandong, id, 2, s.values(s.tianjin, s.kobe))).toThrow(ForbiddenError);
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, id)).get()).toMatchObject({
      notes: "first",
      version: 2,
      ourLocalityId: s.tianjin,
    });
  });

  it("archives and restores instead of deleting", () => {
    const s = setup();
    const id = createPartnership(s.db, s.admin, s.values(s.tianjin, s.kobe));
    setPartnershipArchived(s.db, s.tianjinStaff, id, 1, true);
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, id)).get()?.archivedAt).toBeInstanceOf(Date);
    setPartnershipArchived(s.db, s.tianjinStaff, id, 2, false);
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, id)).get()).toMatchObject({ archivedAt: null, version: 3 });
    expect(
      s.db
        .select({ a: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.a),
    ).toEqual(["create", "archive", "restore"]);
  });

  it("scopes contacts like their partnership", () => {
    const s = setup();
    const id = createPartnership(s.db, s.admin, s.values(s.tianjin, s.kobe));
    const contact = {
      partnershipId: id,
      side: "partner" as const,
      office: null,
      personName: "山田 花子",
      role: null,
      email: null,
      phone: null,
      languages: "ja",
    };
    const cid = createContact(s.db, s.tianjinStaff, contact);
    expect(() => createContact(s.db, s.shandong, contact)).toThrow(ForbiddenError);
    expect(() => archiveContact(s.db, s.shandong, cid, 1)).toThrow(ForbiddenError);
    expect(archiveContact(s.db, s.tianjinStaff, cid, 1)).toBe(id);
  });
});
