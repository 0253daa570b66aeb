import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, caseLinks, cases, partnerships } from "@/db/schema";
import { activityCasePrefill, getCaseDetail, listCases } from "@/db/queries/cases";
import { ForbiddenError, StaleVersionError } from "@/lib/errors/app-error";
import { caseCreateSchema, caseListSchema, caseUpdateSchema } from "@/lib/validation/case";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { createCase, moderateCase, setCaseArchived, updateCase } from "./cases";
import { createActivity } from "./activities";

function world() {
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  const partnership = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: "1973-06-24" })
    .returning()
    .get().id;
  return {
    db,
    kobe,
    partnership,
    tianjin: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    qingdao: addUser(db, "city_staff", { provinceCode: "SD", localityId: qingdao }),
    tianjinAdmin: addUser(db, "province_admin", { provinceCode: "TJ" }),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    admin: addUser(db, "national_admin"),
    reader: addUser(db, "viewer"),
  };
}
type World = ReturnType<typeof world>;

const input = (over: Record<string, unknown> = {}) =>
  caseCreateSchema.parse({
    title: "Youth robotics exchange with Kōbe",
    summary: "Pupils of both cities built robots together.",
    body: "Joint **summer camp**.",
    category: "youth",
    language: "en",
    tags: "youth, robotics",
    partnershipIds: [],
    localityIds: [],
    activityIds: [],
    startDate: "2025-07-01",
    endDate: "2025-07-10",
    status: "published",
    ...over,
  });
const row = (w: World, id: number) => w.db.select().from(cases).where(eq(cases.id, id)).get()!;
const list = (w: World, who: keyof Omit<World, "db" | "kobe" | "partnership">, params: Record<string, string> = {}) =>
  listCases(w.db, w[who], caseListSchema.parse(params)).rows.map((r) => r.title);

describe("writing cases", () => {
  it("gives a case its writer's office, its links and folded search text, audited", () => {
    const w = world();
    const city = createCase(w.db, w.tianjin, input({ partnershipIds: [w.partnership], localityIds: [w.kobe] })).id;
    expect(row(w, city)).toMatchObject({ ownerLocalityId: w.tianjin.localityId, ownerProvinceCode: "TJ", status: "published" });
    expect(row(w, city).publishedAt).toBeInstanceOf(Date);
    expect(row(w, city).searchText).toContain("kobe");
    expect(w.db.select().from(caseLinks).where(eq(caseLinks.caseId, city)).all()).toHaveLength(2);
    const province = createCase(w.db, w.shandong, input()).id;
    expect(row(w, province)).toMatchObject({ ownerLocalityId: null, ownerProvinceCode: "SD" });
    const national = createCase(w.db, w.admin, input()).id;
    expect(row(w, national)).toMatchObject({ ownerLocalityId: null, ownerProvinceCode: null });
    expect(
      w.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "case"), eq(auditLog.action, "create")))
        .all(),
    ).toHaveLength(3);
  });

  it("refuses readers and links to records that do not exist", () => {
    const w = world();
    expect(() => createCase(w.db, w.reader, input())).toThrow(ForbiddenError);
    expect(() => createCase(w.db, w.tianjin, input({ activityIds: [999] }))).toThrow(/invalidInput/);
    expect(w.db.select().from(cases).all()).toHaveLength(0);
  });

  it("lets the office and the administrators above it edit, and no one else; keeps the search text up to date", () => {
    const w = world();
    const id = createCase(w.db, w.tianjin, input()).id;
    const edit = (version: number, title: string) => caseUpdateSchema.parse({ ...input({ title }), id, version });
    expect(() => updateCase(w.db, w.qingdao, edit(1, "x"))).toThrow(ForbiddenError);
    expect(() => updateCase(w.db, w.shandong, edit(1, "x"))).toThrow(ForbiddenError);
    updateCase(w.db, w.tianjinAdmin, edit(1, "青少年机器人交流"));
    expect(row(w, id)).toMatchObject({ version: 2, title: "青少年机器人交流" });
    expect(row(w, id).searchText).toContain("青少年机器人交流");
    updateCase(w.db, w.admin, edit(2, "Edited nationally"));
    // A province's own case is its administrators' and the nation's, not its cities'.
    const provincial = createCase(w.db, w.shandong, input()).id;
    expect(() => updateCase(w.db, w.qingdao, { ...edit(1, "x"), id: provincial })).toThrow(ForbiddenError);
  });

  it("refuses a stale save and changes nothing", () => {
    const w = world();
    const id = createCase(w.db, w.tianjin, input()).id;
    updateCase(w.db, w.tianjin, caseUpdateSchema.parse({ ...input({ title: "First" }), id, version: 1 }));
    expect(() => updateCase(w.db, w.tianjin, caseUpdateSchema.parse({ ...input({ title: "Second" }), id, version: 1 }))).toThrow(
      StaleVersionError,
    );
    expect(row(w, id)).toMatchObject({ title: "First", version: 2 });
  });

  it("archives and restores instead of deleting", () => {
    const w = world();
    const id = createCase(w.db, w.tianjin, input()).id;
    setCaseArchived(w.db, w.tianjin, { id, version: 1 }, true);
    expect(list(w, "reader")).toEqual([]);
    expect(getCaseDetail(w.db, w.reader, id)).toBeNull();
    setCaseArchived(w.db, w.tianjin, { id, version: 2 }, false);
    expect(list(w, "reader")).toHaveLength(1);
  });
});

describe("moderating cases", () => {
  it("lets national administrators and the owner's province feature a published case, and puts it first", () => {
    const w = world();
    const older = createCase(w.db, w.tianjin, input({ title: "Older" })).id;
    createCase(w.db, w.tianjin, input({ title: "Newer" }));
    expect(() => moderateCase(w.db, w.tianjin, { id: older, version: 1 }, { action: "feature" })).toThrow(ForbiddenError);
    expect(() => moderateCase(w.db, w.shandong, { id: older, version: 1 }, { action: "feature" })).toThrow(ForbiddenError);
    moderateCase(w.db, w.tianjinAdmin, { id: older, version: 1 }, { action: "feature" });
    expect(list(w, "reader")[0]).toBe("Older");
    expect(list(w, "reader", { featured: "1" })).toEqual(["Older"]);
    moderateCase(w.db, w.admin, { id: older, version: 2 }, { action: "unfeature" });
    expect(list(w, "reader", { featured: "1" })).toEqual([]);
    const actions = w.db
      .select({ a: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, older))
      .all()
      .map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(["feature", "unfeature"]));
  });

  it("does not feature a draft", () => {
    const w = world();
    const id = createCase(w.db, w.tianjin, input({ status: "draft" })).id;
    expect(() => moderateCase(w.db, w.admin, { id, version: 1 }, { action: "feature" })).toThrow(/caseNotPublished/);
  });

  it("hides a case from readers with a reason its office sees, and shows it again", () => {
    const w = world();
    const id = createCase(w.db, w.tianjin, input({ title: "Hidden one" })).id;
    moderateCase(w.db, w.admin, { id, version: 1 }, { action: "hide", reason: "Contains a personal phone number" });
    expect(list(w, "reader")).toEqual([]);
    expect(list(w, "qingdao")).toEqual([]);
    expect(getCaseDetail(w.db, w.qingdao, id)).toBeNull();
    const own = listCases(w.db, w.tianjin, caseListSchema.parse({})).rows[0]!;
    expect(own).toMatchObject({ title: "Hidden one", hiddenReason: "Contains a personal phone number" });
    expect(getCaseDetail(w.db, w.tianjin, id)?.hiddenReason).toBe("Contains a personal phone number");
    moderateCase(w.db, w.tianjinAdmin, { id, version: 2 }, { action: "unhide" });
    expect(list(w, "reader")).toEqual(["Hidden one"]);
    expect(row(w, id).hiddenReason).toBeNull();
  });

  it("keeps drafts to their office and the administrators above it", () => {
    const w = world();
    createCase(w.db, w.tianjin, input({ title: "Draft", status: "draft" }));
    expect(list(w, "tianjin", { drafts: "1" })).toEqual(["Draft"]);
    expect(list(w, "tianjinAdmin")).toEqual(["Draft"]);
    expect(list(w, "admin")).toEqual(["Draft"]);
    for (const who of ["qingdao", "shandong", "reader"] as const) expect(list(w, who)).toEqual([]);
  });
});

describe("searching and filtering the library", () => {
  it("finds cases by Chinese and English words in any case, width or accent, and by tag, language and province", () => {
    const w = world();
    createCase(
      w.db,
      w.tianjin,
      input({ title: "天津与神户青少年机器人交流", language: "zh-CN", tags: "青少年, 科技", body: "两市联合举办**夏令营**。" }),
    );
    createCase(
      w.db,
      w.shandong,
      input({ title: "Cultural week in Kōbe", category: "culture_science_education_health_sports", tags: "culture" }),
    );
    expect(list(w, "reader", { q: "机器人" })).toEqual(["天津与神户青少年机器人交流"]);
    expect(list(w, "reader", { q: "夏令营 青少年" })).toEqual(["天津与神户青少年机器人交流"]);
    expect(list(w, "reader", { q: "KOBE week" })).toEqual(["Cultural week in Kōbe"]);
    expect(list(w, "reader", { q: "ｃｕｌｔｕｒａｌ" })).toEqual(["Cultural week in Kōbe"]);
    expect(list(w, "reader", { q: "50%_" })).toEqual([]);
    expect(list(w, "reader", { tag: "科技" })).toEqual(["天津与神户青少年机器人交流"]);
    expect(list(w, "reader", { language: "en" })).toEqual(["Cultural week in Kōbe"]);
    expect(list(w, "reader", { province: "SD" })).toEqual(["Cultural week in Kōbe"]);
    expect(list(w, "reader", { category: "youth" })).toEqual(["天津与神户青少年机器人交流"]);
    expect(list(w, "tianjin", { mine: "1" })).toEqual(["天津与神户青少年机器人交流"]);
  });

  it("pages the library 20 at a time", () => {
    const w = world();
    for (let i = 0; i < 23; i++) createCase(w.db, w.tianjin, input({ title: `Case ${i}` }));
    const first = listCases(w.db, w.reader, caseListSchema.parse({}));
    expect(first.total).toBe(23);
    expect(first.rows).toHaveLength(20);
    expect(listCases(w.db, w.reader, caseListSchema.parse({ page: "2" })).rows).toHaveLength(3);
  });
});

describe("writing up an activity as a case", () => {
  it("carries over the title, dates, category, partnerships and description, and records the source", () => {
    const w = world();
    const activity = createActivity(w.db, w.tianjin, {
      title: "Robotics summer camp",
      category: "youth",
      startDate: "2025-07-01",
      endDate: "2025-07-05",
      location: "here",
      locationDetail: null,
      partnershipIds: [w.partnership],
      organiserLocalityId: null,
      participantsOurs: null,
      participantsPartner: null,
      participantNames: null,
      description: "Forty pupils.\nSecond line.",
      outcomes: null,
      costAmount: null,
      costCurrency: null,
      tags: [],
    }).id;
    expect(activityCasePrefill(w.db, activity)).toMatchObject({
      title: "Robotics summer camp",
      category: "youth",
      startDate: "2025-07-01",
      endDate: "2025-07-05",
      description: "Forty pupils.\nSecond line.",
      partnershipIds: [w.partnership],
    });
    const id = createCase(w.db, w.qingdao, input({ sourceActivityId: activity })).id;
    expect(row(w, id).sourceActivityId).toBe(activity);
  });
});
