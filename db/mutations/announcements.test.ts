import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { announcementReads, announcements, auditLog } from "@/db/schema";
import { getAnnouncement, listAnnouncements, unreadAnnouncements } from "@/db/queries/announcements";
import { setClockForTests } from "@/lib/domain/clock";
import { AppError, ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/errors/app-error";
import { announcementFormSchema, updateAnnouncementSchema } from "@/lib/validation/announcement";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { createAnnouncement, markAnnouncementRead, setAnnouncementArchived, updateAnnouncement } from "./announcements";

const TODAY = "2026-06-15";

function office() {
  setClockForTests("2026-06-15T04:00:00Z");
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  return {
    db,
    admin: addUser(db, "national_admin"),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjinAdmin: addUser(db, "province_admin", { provinceCode: "TJ" }),
    tianjin: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    qingdao: addUser(db, "city_staff", { provinceCode: "SD", localityId: qingdao }),
    reader: addUser(db, "viewer"),
  };
}
type Office = ReturnType<typeof office>;

const form = (over: Partial<Record<"title" | "body" | "audience" | "validFrom" | "validUntil", string>> = {}) =>
  announcementFormSchema.parse({
    title: "Training",
    body: "Come **all**",
    audience: "all",
    validFrom: "2026-06-01",
    validUntil: "",
    ...over,
  });

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

afterEach(() => setClockForTests(null));

describe("announcements: posting", () => {
  it("lets a national administrator post to everyone, audited, owned by the nation", () => {
    const o = office();
    const { id } = createAnnouncement(o.db, o.admin, form());
    expect(o.db.select().from(announcements).where(eq(announcements.id, id)).get()).toMatchObject({
      audienceProvinceCode: null,
      ownerProvinceCode: null,
      validUntil: null,
      version: 1,
    });
    expect(
      o.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "announcement"), eq(auditLog.action, "create")))
        .all(),
    ).toHaveLength(1);
  });

  it("lets a province's administrator post to their own province only", () => {
    const o = office();
    const { id } = createAnnouncement(o.db, o.shandong, form({ audience: "SD" }));
    expect(o.db.select().from(announcements).where(eq(announcements.id, id)).get()?.ownerProvinceCode).toBe("SD");
    expect(() => createAnnouncement(o.db, o.shandong, form({ audience: "TJ" }))).toThrow(ForbiddenError);
    expect(() => createAnnouncement(o.db, o.shandong, form({ audience: "all" }))).toThrow(ForbiddenError);
    expect(o.db.select().from(announcements).all()).toHaveLength(1);
  });

  it("refuses city staff and readers, and a province that does not exist", () => {
    const o = office();
    expect(() => createAnnouncement(o.db, o.tianjin, form())).toThrow(ForbiddenError);
    expect(() => createAnnouncement(o.db, o.reader, form())).toThrow(ForbiddenError);
    expect(() => createAnnouncement(o.db, o.admin, form({ audience: "ZZ" }))).toThrow(AppError);
    expect(o.db.select().from(announcements).all()).toHaveLength(0);
    expect(o.db.select().from(auditLog).all()).toHaveLength(0);
  });
});

describe("announcements: editing", () => {
  const edit = (id: number, version: number, over: Parameters<typeof form>[0] = {}) =>
    updateAnnouncementSchema.parse({ ...form(over), validUntil: form(over).validUntil ?? "", id, version });

  it("saves at the version shown, audited, and refuses a stale form without changing anything", () => {
    const o = office();
    const { id } = createAnnouncement(o.db, o.shandong, form({ audience: "SD" }));
    updateAnnouncement(o.db, o.shandong, edit(id, 1, { audience: "SD", title: "Training (room 2)" }));
    expect(() => updateAnnouncement(o.db, o.admin, edit(id, 1, { audience: "SD", title: "Too late" }))).toThrow(StaleVersionError);
    expect(o.db.select().from(announcements).where(eq(announcements.id, id)).get()).toMatchObject({
      title: "Training (room 2)",
      version: 2,
    });
    expect(o.db.select().from(auditLog).where(eq(auditLog.action, "update")).all()).toHaveLength(1);
  });

  it("lets only the owning office edit: not another province's administrators, not city staff; nor move it to another audience", () => {
    const o = office();
    const { id } = createAnnouncement(o.db, o.shandong, form({ audience: "SD" }));
    expect(() => updateAnnouncement(o.db, o.tianjinAdmin, edit(id, 1, { audience: "TJ" }))).toThrow(ForbiddenError);
    expect(() => updateAnnouncement(o.db, o.qingdao, edit(id, 1, { audience: "SD" }))).toThrow(ForbiddenError);
    expect(() => updateAnnouncement(o.db, o.shandong, edit(id, 1, { audience: "all" }))).toThrow(ForbiddenError);
    const national = createAnnouncement(o.db, o.admin, form()).id;
    expect(() => updateAnnouncement(o.db, o.shandong, edit(national, 1, { audience: "SD" }))).toThrow(ForbiddenError);
  });

  it("withdraws and restores at the version shown, audited", () => {
    const o = office();
    const { id } = createAnnouncement(o.db, o.admin, form());
    setAnnouncementArchived(o.db, o.admin, { id, version: 1 }, true);
    expect(() => setAnnouncementArchived(o.db, o.admin, { id, version: 1 }, false)).toThrow(StaleVersionError);
    expect(() => updateAnnouncement(o.db, o.admin, edit(id, 2))).toThrow(NotFoundError);
    setAnnouncementArchived(o.db, o.admin, { id, version: 2 }, false);
    expect(
      o.db
        .select()
        .from(auditLog)
        .all()
        .map((r) => r.action),
    ).toEqual(["create", "archive", "restore"]);
  });
});

describe("announcements: audiences and reading", () => {
  function posted(o: Office) {
    return {
      everyone: createAnnouncement(o.db, o.admin, form({ title: "To everyone" })).id,
      shandong: createAnnouncement(o.db, o.shandong, form({ title: "To Shandong", audience: "SD" })).id,
      expired: createAnnouncement(o.db, o.admin, form({ title: "Expired", validFrom: "2026-01-01", validUntil: "2026-03-01" })).id,
      upcoming: createAnnouncement(o.db, o.admin, form({ title: "Upcoming", validFrom: "2026-07-01" })).id,
    };
  }

  it("lists everyone's and one's province's for readers (current first, then past; upcoming not yet), and every one for their authors", () => {
    const o = office();
    posted(o);
    const list = (who: keyof Omit<Office, "db">) => titles(listAnnouncements(o.db, o[who], { today: TODAY, page: 1 }).rows);
    expect(list("qingdao")).toEqual(["To Shandong", "To everyone", "Expired"]);
    expect(list("tianjin")).toEqual(["To everyone", "Expired"]);
    expect(list("reader")).toEqual(["To everyone", "Expired"]);
    expect(list("admin")).toEqual(["Upcoming", "To Shandong", "To everyone", "Expired"]);
    expect(list("tianjinAdmin")).toEqual(["To everyone", "Expired"]);
  });

  it("puts on the dashboard only what is addressed to the viewer, current today and unread", () => {
    const o = office();
    const ids = posted(o);
    expect(titles(unreadAnnouncements(o.db, o.qingdao, TODAY))).toEqual(["To Shandong", "To everyone"]);
    expect(titles(unreadAnnouncements(o.db, o.tianjin, TODAY))).toEqual(["To everyone"]);
    expect(titles(unreadAnnouncements(o.db, o.tianjinAdmin, TODAY))).toEqual(["To everyone"]);
    // One's own posts are not news to oneself.
    expect(titles(unreadAnnouncements(o.db, o.admin, TODAY))).toEqual([]);
    markAnnouncementRead(o.db, o.qingdao, ids.shandong);
    markAnnouncementRead(o.db, o.qingdao, ids.shandong);
    expect(titles(unreadAnnouncements(o.db, o.qingdao, TODAY))).toEqual(["To everyone"]);
    setAnnouncementArchived(o.db, o.admin, { id: ids.everyone, version: 1 }, true);
    expect(titles(unreadAnnouncements(o.db, o.qingdao, TODAY))).toEqual([]);
  });

  it("refuses to mark read what is not addressed to the viewer", () => {
    const o = office();
    const ids = posted(o);
    expect(() => markAnnouncementRead(o.db, o.tianjin, ids.shandong)).toThrow(NotFoundError);
    expect(() => markAnnouncementRead(o.db, o.tianjin, 999)).toThrow(NotFoundError);
    expect(o.db.select().from(announcementReads).all()).toHaveLength(0);
  });

  it("tells the author's office how many of the audience's active users have read it, and no one else", () => {
    const o = office();
    const ids = posted(o);
    markAnnouncementRead(o.db, o.qingdao, ids.shandong);
    // The Shandong audience: the province's administrator and Qingdao's staff.
    expect(getAnnouncement(o.db, o.shandong, ids.shandong, TODAY)).toMatchObject({ canEdit: true, readCount: 1, audienceSize: 2 });
    expect(getAnnouncement(o.db, o.admin, ids.shandong, TODAY)).toMatchObject({ canEdit: true, readCount: 1, audienceSize: 2 });
    expect(getAnnouncement(o.db, o.qingdao, ids.shandong, TODAY)).toMatchObject({
      canEdit: false,
      readCount: null,
      audienceSize: null,
      readByMe: true,
    });
    expect(getAnnouncement(o.db, o.tianjin, ids.shandong, TODAY)).toBeNull();
    expect(getAnnouncement(o.db, o.tianjin, ids.upcoming, TODAY)).toBeNull();
    markAnnouncementRead(o.db, o.tianjin, ids.everyone);
    markAnnouncementRead(o.db, o.admin, ids.everyone);
    expect(getAnnouncement(o.db, o.admin, ids.everyone, TODAY)).toMatchObject({ readCount: 2, audienceSize: 6 });
  });
});
