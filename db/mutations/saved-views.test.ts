import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, savedViews } from "@/db/schema";
import { visibleSavedViews } from "@/db/queries/saved-views";
import { ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/errors/app-error";
import { createSavedViewSchema, normaliseViewQuery } from "@/lib/validation/saved-view";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { archiveSavedView, createSavedView, updateSavedView } from "./saved-views";

function office() {
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const jinan = addLocality(db, { nameLocal: "济南市", nameRomanised: "Jinan", countryCode: "CN", provinceCode: "SD" });
  return {
    db,
    tianjin: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    colleague: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    qingdao: addUser(db, "city_staff", { provinceCode: "SD", localityId: qingdao }),
    jinan: addUser(db, "city_staff", { provinceCode: "SD", localityId: jinan }),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    shandong2: addUser(db, "province_admin", { provinceCode: "SD" }),
    admin: addUser(db, "national_admin"),
    admin2: addUser(db, "national_admin"),
    reader: addUser(db, "viewer", { provinceCode: "SD" }),
  };
}
type Office = ReturnType<typeof office>;

const input = (name: string, shared: boolean, query = "category=youth&page=3&scope=mine") =>
  createSavedViewSchema.parse({ list: "activities", name, query, shared });
const names = (o: Office, who: keyof Omit<Office, "db">) => visibleSavedViews(o.db, o[who]).map((v) => v.name);

describe("saved views", () => {
  it("saves the list's query without its page, audited, and lists it for its owner as a link", () => {
    const o = office();
    const id = createSavedView(o.db, o.tianjin, input("Youth this year", false));
    const [view] = visibleSavedViews(o.db, o.tianjin);
    expect(view).toMatchObject({ id, name: "Youth this year", own: true, shared: false, href: "/activities?category=youth&scope=mine" });
    expect(o.db.select().from(auditLog).where(eq(auditLog.entityType, "saved_view")).all()).toHaveLength(1);
  });

  it("keeps a private view from everyone else, colleagues included", () => {
    const o = office();
    createSavedView(o.db, o.tianjin, input("Mine only", false));
    for (const who of ["colleague", "qingdao", "shandong", "admin", "reader"] as const) expect(names(o, who)).toEqual([]);
  });

  it("shows a city's shared view to its colleagues only, not to other cities or the province's administrators", () => {
    const o = office();
    createSavedView(o.db, o.tianjin, input("Tianjin team", true));
    expect(visibleSavedViews(o.db, o.colleague)).toMatchObject([{ name: "Tianjin team", own: false }]);
    for (const who of ["qingdao", "jinan", "shandong", "admin", "reader"] as const) expect(names(o, who)).toEqual([]);
  });

  it("shares a province administrator's view with the province's administrators, and a national one with national administrators", () => {
    const o = office();
    createSavedView(o.db, o.shandong, input("Shandong review", true));
    createSavedView(o.db, o.admin, input("National review", true));
    expect(names(o, "shandong2")).toEqual(["Shandong review"]);
    expect(names(o, "admin2")).toEqual(["National review"]);
    for (const who of ["qingdao", "jinan", "tianjin", "reader"] as const) expect(names(o, who)).toEqual([]);
  });

  it("lets a reader keep private views but not share (no office)", () => {
    const o = office();
    createSavedView(o.db, o.reader, input("Reading list", false));
    expect(names(o, "reader")).toEqual(["Reading list"]);
    expect(() => createSavedView(o.db, o.reader, input("Shared?", true))).toThrow(ForbiddenError);
  });

  it("renames and shares at the loaded version only; a stale save changes nothing", () => {
    const o = office();
    const id = createSavedView(o.db, o.tianjin, input("Draft", false));
    updateSavedView(o.db, o.tianjin, { id, version: 1, name: "Final", shared: true });
    expect(names(o, "colleague")).toEqual(["Final"]);
    expect(() => updateSavedView(o.db, o.tianjin, { id, version: 1, name: "Stale", shared: false })).toThrow(StaleVersionError);
    expect(o.db.select().from(savedViews).where(eq(savedViews.id, id)).get()).toMatchObject({ name: "Final", version: 2 });
  });

  it("archives (never deletes) a view: it leaves every sidebar, and cannot be changed again", () => {
    const o = office();
    const id = createSavedView(o.db, o.tianjin, input("Old", true));
    archiveSavedView(o.db, o.tianjin, id, 1);
    expect(names(o, "tianjin")).toEqual([]);
    expect(names(o, "colleague")).toEqual([]);
    expect(o.db.select().from(savedViews).where(eq(savedViews.id, id)).get()?.archivedAt).toBeInstanceOf(Date);
    expect(() => updateSavedView(o.db, o.tianjin, { id, version: 2, name: "Back", shared: false })).toThrow(NotFoundError);
  });

  it("refuses to rename or archive someone else's view, shared or not, even a national administrator", () => {
    const o = office();
    const id = createSavedView(o.db, o.tianjin, input("Tianjin team", true));
    for (const who of [o.colleague, o.qingdao, o.shandong, o.admin]) {
      expect(() => updateSavedView(o.db, who, { id, version: 1, name: "Hijacked", shared: true })).toThrow(ForbiddenError);
      expect(() => archiveSavedView(o.db, who, id, 1)).toThrow(ForbiddenError);
    }
    expect(o.db.select().from(savedViews).where(eq(savedViews.id, id)).get()).toMatchObject({
      name: "Tianjin team",
      version: 1,
      archivedAt: null,
    });
  });
});

describe("normaliseViewQuery", () => {
  it("drops the page, odd keys and repeated ones, and cleans values", () => {
    expect(normaliseViewQuery("?q=%E7%A5%9E%E6%88%B7&page=4&country=JP&country=KR&bad-key=1&__proto__=x")).toBe(
      "q=%E7%A5%9E%E6%88%B7&country=JP",
    );
    expect(normaliseViewQuery("q=%20Kobe%00%20")).toBe("q=Kobe");
    expect(normaliseViewQuery(`q=${"x".repeat(500)}`)).toBe("");
    expect(normaliseViewQuery("")).toBe("");
  });
});
