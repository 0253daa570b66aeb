import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { activities, auditLog, contacts, localities, partnerships } from "@/db/schema";
import { AppError, ForbiddenError, StaleVersionError } from "@/lib/errors/app-error";
import { errorCode } from "@/test/error-code";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { localitySchema } from "@/lib/validation/locality";
import { searchLocalities } from "@/db/queries/localities";
import { createLocality, updateLocality } from "./localities";
import { mergeLocalities } from "./localities-merge";

const form = (v: Partial<Record<keyof typeof localitySchema.shape, string>>) =>
  localitySchema.parse({
    countryCode: "JP",
    provinceCode: "",
    stateName: "",
    nameLocal: "",
    nameRomanised: "",
    level: "city",
    latitude: "",
    longitude: "",
    notes: "",
    ...v,
  });

function setup() {
  const db = createTestDb();
  const { tianjin, qingdao, kobe } = addPlaces(db, "tianjin", "qingdao", "kobe");
  const kobeDup = addLocality(db, { nameLocal: "神户", nameRomanised: "Kobe City", countryCode: "JP" });
  const pair = (our: number, partner: number) =>
    db.insert(partnerships).values({ ourLocalityId: our, partnerLocalityId: partner }).returning().get().id;
  return {
    db,
    tianjin,
    qingdao,
    kobe,
    kobeDup,
    pair,
    admin: addUser(db, "national_admin"),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjinStaff: addUser(db, "city_staff", { localityId: tianjin, provinceCode: "TJ" }),
  };
}

describe("locality directory writes", () => {
  it("creates a partner locality with a folded search key, and refuses a Chinese one from city staff", () => {
    const s = setup();
    const id = createLocality(s.db, s.tianjinStaff, form({ nameLocal: "北九州市", nameRomanised: "Kitakyūshū", stateName: "福岡県" }));
    expect(s.db.select().from(localities).where(eq(localities.id, id)).get()).toMatchObject({
      searchKey: "北九州市 kitakyushu",
      provinceCode: null,
    });
    expect(searchLocalities(s.db, { q: "kitakyushu" }).map((l) => l.id)).toEqual([id]);
    expect(() =>
      createLocality(s.db, s.tianjinStaff, form({ countryCode: "CN", provinceCode: "TJ", nameLocal: "和平区", nameRomanised: "Heping" })),
    ).toThrow(ForbiddenError);
    expect(() => createLocality(s.db, s.admin, form({ countryCode: "ZZ", nameLocal: "x", nameRomanised: "x" }))).toThrow(AppError);
  });

  it("lets staff edit their own locality and partners of their partnerships, not others", () => {
    const s = setup();
    s.pair(s.tianjin, s.kobe);
    s.pair(s.qingdao, s.kobeDup);
    expect(updateLocality(s.db, s.tianjinStaff, s.kobe, 1, form({ nameLocal: "神戸市", nameRomanised: "Kōbe" }))).toBe(s.kobe);
    expect(() => updateLocality(s.db, s.tianjinStaff, s.kobeDup, 1, form({ nameLocal: "神户", nameRomanised: "x" }))).toThrow(
      ForbiddenError,
    );
    expect(() =>
      updateLocality(
        s.db,
        s.tianjinStaff,
        s.qingdao,
        1,
        form({ countryCode: "CN", provinceCode: "SD", nameLocal: "青岛", nameRomanised: "x" }),
      ),
    ).toThrow(ForbiddenError);
    expect(() => updateLocality(s.db, s.admin, s.kobe, 1, form({ nameLocal: "神戸", nameRomanised: "Kobe" }))).toThrow(StaleVersionError);
  });

  it("merges two records of one place: partnerships and contacts move, the source points to the target, audited", () => {
    const s = setup();
    const p1 = s.pair(s.tianjin, s.kobeDup);
    const p2 = s.pair(s.qingdao, s.kobe);
    s.db.insert(contacts).values({ partnershipId: p1, side: "partner", personName: "山田" }).run();
    const summary = mergeLocalities(s.db, s.admin, { sourceId: s.kobeDup, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 });
    expect(summary.partnerships).toEqual([p1]);
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, p1)).get()).toMatchObject({ partnerLocalityId: s.kobe, version: 2 });
    expect(s.db.select().from(contacts).where(eq(contacts.partnershipId, p1)).all()).toHaveLength(1);
    const source = s.db.select().from(localities).where(eq(localities.id, s.kobeDup)).get();
    expect(source).toMatchObject({ mergedIntoId: s.kobe });
    expect(source?.archivedAt).toBeInstanceOf(Date);
    expect(searchLocalities(s.db, { q: "神户" }).map((l) => l.id)).toEqual([s.kobe]);
    const merges = s.db.select().from(auditLog).where(eq(auditLog.action, "merge")).all();
    expect(merges.map((m) => `${m.entityType}:${m.entityId}`).sort()).toEqual(
      [`locality:${s.kobe}`, `locality:${s.kobeDup}`, `partnership:${p1}`].sort(),
    );
    expect(p2).toBeGreaterThan(0);
  });

  it("refuses a merge that would make two partnerships of one pair, changing nothing", () => {
    const s = setup();
    s.pair(s.tianjin, s.kobe);
    const p = s.pair(s.tianjin, s.kobeDup);
    expect(() => mergeLocalities(s.db, s.admin, { sourceId: s.kobeDup, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 })).toThrow(
      AppError,
    );
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, p)).get()?.partnerLocalityId).toBe(s.kobeDup);
    expect(s.db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("keeps province administrators to their province and refuses places in different countries", () => {
    const s = setup();
    s.pair(s.tianjin, s.kobeDup);
    expect(() => mergeLocalities(s.db, s.shandong, { sourceId: s.kobeDup, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 })).toThrow(
      ForbiddenError,
    );
    expect(() =>
      mergeLocalities(s.db, s.tianjinStaff, { sourceId: s.kobeDup, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 }),
    ).toThrow(ForbiddenError);
    expect(() => mergeLocalities(s.db, s.admin, { sourceId: s.tianjin, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 })).toThrow(
      AppError,
    );
  });

  it("lets only a national administrator move a locality to another province or country (hole 1)", () => {
    const s = setup();
    const tianjinAdmin = addUser(s.db, "province_admin", { provinceCode: "TJ" });
    const tianjinAsIs = { countryCode: "CN", provinceCode: "TJ", nameLocal: "天津市", nameRomanised: "Tianjin" };
    for (const who of [s.tianjinStaff, tianjinAdmin]) {
      const refused = errorCode(() => updateLocality(s.db, who, s.tianjin, 1, form({ ...tianjinAsIs, provinceCode: "SD" })));
      expect(refused).toBe("invalidInput");
    }
    expect(s.db.select().from(localities).where(eq(localities.id, s.tianjin)).get()).toMatchObject({ provinceCode: "TJ", version: 1 });
    expect(s.db.select().from(auditLog).all()).toHaveLength(0);
    // Staff still edit their own locality in place.
    expect(updateLocality(s.db, s.tianjinStaff, s.tianjin, 1, form({ ...tianjinAsIs, nameRomanised: "Tianjin City" }))).toBe(s.tianjin);
    // A partner locality's country is the nation's too.
    s.pair(s.tianjin, s.kobe);
    expect(
      errorCode(() =>
        updateLocality(s.db, s.tianjinStaff, s.kobe, 1, form({ countryCode: "KR", nameLocal: "神戸市", nameRomanised: "Kobe" })),
      ),
    ).toBe("invalidInput");
    expect(updateLocality(s.db, s.admin, s.tianjin, 2, form({ ...tianjinAsIs, provinceCode: "SD" }))).toBe(s.tianjin);
    expect(s.db.select().from(localities).where(eq(localities.id, s.tianjin)).get()?.provinceCode).toBe("SD");
  });

  it("keeps a locality abroad shared by several provinces for the nation to rename or merge (hole 2)", () => {
    const s = setup();
    const tianjinKobe = s.pair(s.tianjin, s.kobe);
    s.pair(s.qingdao, s.kobe);
    // Renaming the shared place is refused to either side.
    expect(() => updateLocality(s.db, s.shandong, s.kobe, 1, form({ nameLocal: "神戸市", nameRomanised: "Kobe (Shandong)" }))).toThrow(
      ForbiddenError,
    );
    expect(() => updateLocality(s.db, s.tianjinStaff, s.kobe, 1, form({ nameLocal: "神戸市", nameRomanised: "Kobe (Tianjin)" }))).toThrow(
      ForbiddenError,
    );
    // A fresh record the administrator just made, used as either side of a merge, moves nothing of Tianjin's.
    const fresh = createLocality(s.db, s.shandong, form({ nameLocal: "神戸", nameRomanised: "Kobe new" }));
    const auditBefore = s.db.select().from(auditLog).all().length;
    expect(() => mergeLocalities(s.db, s.shandong, { sourceId: s.kobe, targetId: fresh, sourceVersion: 1, targetVersion: 1 })).toThrow(
      AppError,
    );
    expect(() => mergeLocalities(s.db, s.shandong, { sourceId: fresh, targetId: s.kobe, sourceVersion: 1, targetVersion: 1 })).toThrow(
      AppError,
    );
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, tianjinKobe)).get()).toMatchObject({
      partnerLocalityId: s.kobe,
      version: 1,
    });
    expect(s.db.select().from(localities).where(eq(localities.id, s.kobe)).get()).toMatchObject({
      mergedIntoId: null,
      archivedAt: null,
      version: 1,
    });
    expect(s.db.select().from(auditLog).all()).toHaveLength(auditBefore);
    // The nation may.
    expect(
      mergeLocalities(s.db, s.admin, { sourceId: s.kobe, targetId: fresh, sourceVersion: 1, targetVersion: 1 }).partnerships,
    ).toHaveLength(2);
  });

  it("refuses a merge that would move records of another province, even between places the caller may edit", () => {
    const s = setup();
    const jinan = addLocality(s.db, { nameLocal: "济南市", nameRomanised: "Jinan", countryCode: "CN", provinceCode: "SD" });
    // A foreign place that (wrongly) organised activities: its records have no province of ours.
    s.pair(s.qingdao, s.kobeDup);
    s.db
      .insert(activities)
      .values({ title: "x", category: "youth", startDate: "2025-01-01", location: "here", organiserLocalityId: s.kobeDup })
      .run();
    const fresh = createLocality(s.db, s.shandong, form({ nameLocal: "神戸", nameRomanised: "Kobe new" }));
    expect(
      errorCode(() => mergeLocalities(s.db, s.shandong, { sourceId: s.kobeDup, targetId: fresh, sourceVersion: 1, targetVersion: 1 })),
    ).toBe("mergeOutsideScope");
    // Within the province, everything moves.
    const staff = addUser(s.db, "city_staff", { localityId: jinan, provinceCode: "SD" });
    expect(mergeLocalities(s.db, s.shandong, { sourceId: jinan, targetId: s.qingdao, sourceVersion: 1, targetVersion: 1 }).users).toBe(1);
    expect(staff.id).toBeGreaterThan(0);
  });
});
