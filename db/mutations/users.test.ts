import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { StaleVersionError } from "@/lib/errors/app-error";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { changeOwnPassword, createUser, endSessions, resetUserPassword, setUserActive, updateUser } from "./users";
import { errorCode } from "@/test/error-code";

let db: Db;
let admin: Viewer;
let sdAdmin: Viewer;
let jinan: number;
let chengdu: number;

const base = { name: "New Person", email: "new@example.org", provinceCode: "", localityId: null, password: "long-enough-pass" };
const code = errorCode;

beforeEach(() => {
  db = createTestDb();
  jinan = addLocality(db, { nameLocal: "济南市", nameRomanised: "Jinan", countryCode: "CN", provinceCode: "SD" });
  chengdu = addLocality(db, { nameLocal: "成都市", nameRomanised: "Chengdu", countryCode: "CN", provinceCode: "SC" });
  admin = addUser(db, "national_admin");
  sdAdmin = addUser(db, "province_admin", { provinceCode: "SD" });
});

describe("createUser", () => {
  it("creates city staff with their locality and audits it without the password hash", () => {
    const { id } = createUser(db, admin, { ...base, role: "city_staff", localityId: jinan }, "HASH");
    const row = db.select().from(users).where(eq(users.id, id)).get();
    expect(row).toMatchObject({ role: "city_staff", localityId: jinan, provinceCode: null, passwordHash: "HASH", active: true });
    const entry = db.select().from(auditLog).where(eq(auditLog.entityId, id)).get();
    expect(entry).toMatchObject({ action: "create", entityType: "user", userId: admin.id });
    expect(entry?.after).not.toHaveProperty("passwordHash");
  });

  it("refuses a taken email, changing nothing", () => {
    createUser(db, admin, { ...base, role: "viewer" }, "H");
    const before = db.select().from(users).all().length;
    expect(code(() => createUser(db, admin, { ...base, role: "viewer", email: "new@example.org" }, "H"))).toBe("emailTaken");
    expect(db.select().from(users).all()).toHaveLength(before);
  });

  it("lets a province admin create city staff of their province only, and never an administrator", () => {
    expect(code(() => createUser(db, sdAdmin, { ...base, role: "city_staff", localityId: jinan }, "H"))).toBe("none");
    expect(code(() => createUser(db, sdAdmin, { ...base, email: "b@x.org", role: "city_staff", localityId: chengdu }, "H"))).toBe(
      "forbidden",
    );
    expect(code(() => createUser(db, sdAdmin, { ...base, email: "c@x.org", role: "national_admin" }, "H"))).toBe("forbidden");
    expect(code(() => createUser(db, sdAdmin, { ...base, email: "d@x.org", role: "province_admin", provinceCode: "SD" }, "H"))).toBe(
      "forbidden",
    );
  });

  it("puts a province admin's new viewer in their province", () => {
    const { id } = createUser(db, sdAdmin, { ...base, role: "viewer" }, "H");
    expect(db.select().from(users).where(eq(users.id, id)).get()?.provinceCode).toBe("SD");
  });

  it("refuses an unknown province or a locality abroad", () => {
    const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
    expect(code(() => createUser(db, admin, { ...base, role: "province_admin", provinceCode: "ZZ" }, "H"))).toBe("invalidInput");
    expect(code(() => createUser(db, admin, { ...base, role: "city_staff", localityId: kobe }, "H"))).toBe("invalidInput");
  });
});

describe("updateUser", () => {
  it("updates with the version and refuses a stale save, naming what changed", () => {
    const { id } = createUser(db, admin, { ...base, role: "city_staff", localityId: jinan }, "H");
    const edit = { ...base, id, version: 1, role: "city_staff" as const, localityId: jinan };
    expect(updateUser(db, admin, { ...edit, name: "First" })).toEqual({ id, version: 2 });
    let stale: unknown;
    try {
      updateUser(db, admin, { ...edit, name: "Second" });
    } catch (error) {
      stale = error;
    }
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).details.changedFields).toEqual(["name"]);
    expect(db.select().from(users).where(eq(users.id, id)).get()?.name).toBe("First");
  });

  it("does not let an administrator change their own role", () => {
    expect(code(() => updateUser(db, admin, { ...base, email: admin.email, id: admin.id, version: 1, role: "viewer" }))).toBe(
      "invalidInput",
    );
  });

  it("does not let a province admin edit another province's staff", () => {
    const { id } = createUser(db, admin, { ...base, role: "city_staff", localityId: chengdu }, "H");
    expect(code(() => updateUser(db, sdAdmin, { ...base, id, version: 1, role: "city_staff", localityId: jinan }))).toBe("forbidden");
  });
});

describe("account status and passwords", () => {
  it("deactivates and reactivates, but never oneself", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "H");
    setUserActive(db, admin, { id, version: 1 }, false);
    expect(db.select().from(users).where(eq(users.id, id)).get()?.active).toBe(false);
    setUserActive(db, admin, { id, version: 2 }, true);
    expect(db.select().from(users).where(eq(users.id, id)).get()?.active).toBe(true);
    expect(code(() => setUserActive(db, admin, { id: admin.id, version: 1 }, false))).toBe("cannotDeactivateSelf");
    const actions = db
      .select({ a: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .all()
      .map((r) => r.a);
    expect(actions).toEqual(["create", "deactivate", "reactivate"]);
  });

  it("resets a password, marking when, so that sessions end", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "OLD");
    resetUserPassword(db, admin, { id, version: 1 }, "NEW");
    const row = db.select().from(users).where(eq(users.id, id)).get();
    expect(row?.passwordHash).toBe("NEW");
    expect(row?.passwordChangedAt).toBeInstanceOf(Date);
  });

  it("changes one's own password only at the verified version", () => {
    changeOwnPassword(db, admin, 1, "MINE");
    expect(db.select().from(users).where(eq(users.id, admin.id)).get()?.passwordHash).toBe("MINE");
    expect(code(() => changeOwnPassword(db, admin, 1, "AGAIN"))).toBe("stale");
  });
});

describe("sessions end on the server", () => {
  const row = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!;

  it("raises the session generation on deactivation and again on reactivation, so old sessions never come back", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "H");
    const signedInAt = row(id).sessionGeneration;
    setUserActive(db, admin, { id, version: 1 }, false);
    setUserActive(db, admin, { id, version: 2 }, true);
    expect(row(id).active).toBe(true);
    expect(row(id).sessionGeneration).toBe(signedInAt + 2);
  });

  it("raises it when a password is reset or changed", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "H");
    resetUserPassword(db, admin, { id, version: 1 }, "NEW");
    expect(row(id).sessionGeneration).toBe(1);
    changeOwnPassword(db, admin, 1, "MINE");
    expect(row(admin.id).sessionGeneration).toBe(1);
  });

  it("raises it on sign-out without a new version or an audit row", () => {
    const before = row(admin.id);
    const audits = db.select().from(auditLog).all().length;
    endSessions(db, admin.id);
    expect(row(admin.id)).toMatchObject({ sessionGeneration: before.sessionGeneration + 1, version: before.version });
    expect(db.select().from(auditLog).all()).toHaveLength(audits);
  });
});

describe("passwords an administrator chose", () => {
  const row = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!;

  it("must be changed at first sign-in: on creation and after a reset, audited", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "H");
    expect(row(id).mustChangePassword).toBe(true);
    db.update(users).set({ mustChangePassword: false }).where(eq(users.id, id)).run();
    resetUserPassword(db, admin, { id, version: 1 }, "NEW");
    expect(row(id).mustChangePassword).toBe(true);
    const reset = db.select().from(auditLog).where(eq(auditLog.action, "reset_password")).get();
    expect(reset?.after).toMatchObject({ mustChangePassword: true });
  });

  it("are replaced by the user's own, which clears the duty", () => {
    const { id } = createUser(db, admin, { ...base, role: "viewer" }, "H");
    const user = { ...admin, id, email: base.email, role: "viewer" as const };
    changeOwnPassword(db, user, 1, "MINE");
    expect(row(id)).toMatchObject({ mustChangePassword: false, passwordHash: "MINE", version: 2 });
  });
});
