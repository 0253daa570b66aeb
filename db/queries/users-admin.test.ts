import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseListParams } from "@/lib/validation/list-params";
import { userListSchema } from "@/lib/validation/user-lists";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { getUserForAdmin, listUsers, searchOurLocalities } from "./users-admin";

let db: Db;
let admin: Viewer;
let sdAdmin: Viewer;
let jinanStaff: Viewer;
let chengduStaff: Viewer;

const list = (viewer: Viewer, query: Record<string, string> = {}) => listUsers(db, viewer, parseListParams(userListSchema, query));

beforeEach(() => {
  db = createTestDb();
  const jinan = addLocality(db, { nameLocal: "济南市", nameRomanised: "Jinan", countryCode: "CN", provinceCode: "SD" });
  const chengdu = addLocality(db, { nameLocal: "成都市", nameRomanised: "Chengdu", countryCode: "CN", provinceCode: "SC" });
  addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  admin = addUser(db, "national_admin");
  sdAdmin = addUser(db, "province_admin", { provinceCode: "SD" });
  jinanStaff = addUser(db, "city_staff", { localityId: jinan });
  chengduStaff = addUser(db, "city_staff", { localityId: chengdu });
});

describe("listUsers", () => {
  it("shows a national administrator everyone, a province administrator only their province", () => {
    expect(list(admin).total).toBe(4);
    const ids = list(sdAdmin).rows.map((r) => r.id);
    expect(ids).toContain(jinanStaff.id);
    expect(ids).not.toContain(chengduStaff.id);
    expect(ids).not.toContain(admin.id);
  });

  it("gives city staff their locality's province and filters by it", () => {
    const rows = list(admin, { province: "SC" }).rows;
    expect(rows.map((r) => r.id)).toEqual([chengduStaff.id]);
    expect(rows[0]).toMatchObject({ provinceCode: "SC", localityName: "成都市" });
  });

  it("filters by role, status and text, treating wildcards literally", () => {
    db.update(users).set({ active: false, name: "Zoë 50%_done" }).run();
    expect(list(admin, { role: "city_staff" }).total).toBe(2);
    expect(list(admin, { active: "1" }).total).toBe(0);
    expect(list(admin, { q: "50%_" }).total).toBe(4);
    expect(list(admin, { q: "5%0" }).total).toBe(0);
    expect(list(admin, { q: jinanStaff.email }).rows.map((r) => r.id)).toEqual([jinanStaff.id]);
  });

  it("pages and sorts", () => {
    const page = list(admin, { pageSize: "10", sort: "email", dir: "desc" });
    expect(page.rows.map((r) => r.email)).toEqual([...page.rows.map((r) => r.email)].sort().reverse());
  });
});

describe("getUserForAdmin", () => {
  it("hides users outside a province administrator's province", () => {
    expect(getUserForAdmin(db, sdAdmin, jinanStaff.id)?.id).toBe(jinanStaff.id);
    expect(getUserForAdmin(db, sdAdmin, chengduStaff.id)).toBeUndefined();
  });
});

describe("searchOurLocalities", () => {
  it("finds our side's localities by either script, folded, within a province admin's scope", () => {
    expect(searchOurLocalities(db, admin, "JINAN").map((l) => l.nameLocal)).toEqual(["济南市"]);
    expect(searchOurLocalities(db, admin, "成都").map((l) => l.nameRomanised)).toEqual(["Chengdu"]);
    expect(searchOurLocalities(db, admin, "kobe")).toEqual([]);
    expect(searchOurLocalities(db, sdAdmin, "chengdu")).toEqual([]);
    expect(searchOurLocalities(db, admin, "  %  ")).toEqual([]);
  });
});
