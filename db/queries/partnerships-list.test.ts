import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, activityPartnerships, partnerships } from "@/db/schema";
import { addLocality, createTestDb } from "@/test/test-db";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import type { Db } from "@/db/connection";
import { listPartnerships } from "./partnerships-list";
import { statusRankSql } from "./partnerships-filter";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { searchTerms } from "./search";

const TODAY = "2026-11-23";

function registry() {
  const db = createTestDb();
  const tianjin = addLocality(db, {
    nameLocal: "天津市",
    nameRomanised: "Tianjin",
    countryCode: "CN",
    provinceCode: "TJ",
    level: "province",
  });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const chengdu = addLocality(db, { nameLocal: "成都市", nameRomanised: "Chengdu", countryCode: "CN", provinceCode: "SC" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kōbe", countryCode: "JP" });
  const shimonoseki = addLocality(db, { nameLocal: "下関市", nameRomanised: "Shimonoseki", countryCode: "JP" });
  const incheon = addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  const add = (our: number, partner: number, v: Partial<typeof partnerships.$inferInsert> = {}) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId: our, partnerLocalityId: partner, ...v })
      .returning()
      .get().id;
  const ids = {
    tianjinKobe: add(tianjin, kobe, { signedOn: "1973-06-24", status: "very_good" }),
    qingdaoShimonoseki: add(qingdao, shimonoseki, { signedOn: "1979-10-03", status: "good", type: "friendship_exchange" }),
    chengduIncheon: add(chengdu, incheon, { signedOn: "2004-05-01", status: "suspended", level: "city" }),
    tianjinIncheon: add(tianjin, incheon, { signedOn: "1993-12-07", status: "maintaining_contact", archivedAt: new Date() }),
  };
  return { db, ids, tianjin, kobe };
}

function list(db: Db, url: Record<string, string>) {
  return listPartnerships(db, parseListParams(partnershipListSchema, url), { locale: "en", today: TODAY });
}
const names = (r: ReturnType<typeof list>) => r.rows.map((row) => `${row.ours.nameRomanised}–${row.partner.nameRomanised}`);

describe("registry search and filters (filter-to-SQL)", () => {
  it("folds the query like the stored key: case, diacritics, script", () => {
    expect(searchTerms("  Kōbe  TIANJIN ")).toEqual(["kobe", "tianjin"]);
    expect(searchTerms("%_")).toEqual([]);
    const { db } = registry();
    for (const q of ["天津", "Tianjin", "tianjin", "神戸", "Kobe", "Kōbe", "KOBE", "tianjin kobe"])
      expect(names(list(db, { q })), q).toEqual(["Tianjin–Kōbe"]);
  });

  it("treats LIKE wildcards in the query as text", () => {
    const { db } = registry();
    expect(list(db, { q: "%" }).total).toBe(3);
    expect(list(db, { q: "k_be" }).total).toBe(0); // "_" is dropped as punctuation, not a one-letter wildcard
    expect(list(db, { q: "'; drop table partnerships; --" }).total).toBe(0);
  });

  it("filters by partner country, our province, region, status, type and signing years", () => {
    const { db } = registry();
    expect(names(list(db, { country: "JP" }))).toEqual(["Qingdao–Shimonoseki", "Tianjin–Kōbe"]);
    expect(names(list(db, { province: "SD" }))).toEqual(["Qingdao–Shimonoseki"]);
    expect(names(list(db, { region: "west" }))).toEqual(["Chengdu–Incheon"]);
    expect(names(list(db, { region: "east", country: "JP", status: "very_good" }))).toEqual(["Tianjin–Kōbe"]);
    expect(names(list(db, { type: "friendship_exchange" }))).toEqual(["Qingdao–Shimonoseki"]);
    expect(names(list(db, { signedFrom: "1975", signedTo: "2000" }))).toEqual(["Qingdao–Shimonoseki"]);
    expect(names(list(db, { signedFrom: "2000", signedTo: "1975" }))).toEqual(["Qingdao–Shimonoseki"]);
  });

  it("hides archived partnerships unless asked, and filters by a locality on either side", () => {
    const { db, tianjin, kobe } = registry();
    expect(names(list(db, { locality: String(tianjin) }))).toEqual(["Tianjin–Kōbe"]);
    expect(names(list(db, { locality: String(tianjin), archived: "1" }))).toEqual(["Tianjin–Incheon", "Tianjin–Kōbe"]);
    expect(names(list(db, { locality: String(kobe) }))).toEqual(["Tianjin–Kōbe"]);
  });

  it("ignores malformed parameters instead of failing", () => {
    const { db } = registry();
    expect(
      list(db, { country: "Japan'--", region: "north", signedFrom: "abc", locality: "-3", sort: "1;drop", page: "999" }),
    ).toMatchObject({ total: 3, page: 1 });
  });

  it("sorts and pages in the database, and counts all matches", () => {
    const { db } = registry();
    const first = list(db, { sort: "signedOn", dir: "desc", pageSize: "10" });
    expect(names(first)).toEqual(["Chengdu–Incheon", "Qingdao–Shimonoseki", "Tianjin–Kōbe"]);
    expect(names(list(db, { sort: "status" }))[0]).toBe("Tianjin–Kōbe");
    expect(names(list(db, { sort: "country", dir: "desc" }))[0]).toBe("Chengdu–Incheon");
  });

  it("computes last activity and activities of the last 12 months, and sorts by them", () => {
    const { db, ids } = registry();
    const log = (partnershipId: number, startDate: string, archived = false) => {
      const a = db
        .insert(activities)
        .values({
          title: "x",
          category: "youth",
          startDate,
          location: "here",
          organiserLocalityId: 1,
          archivedAt: archived ? new Date() : null,
        })
        .returning()
        .get();
      db.insert(activityPartnerships).values({ activityId: a.id, partnershipId }).run();
    };
    log(ids.tianjinKobe, "2026-05-01");
    log(ids.tianjinKobe, "2025-12-01");
    log(ids.tianjinKobe, "2024-01-01");
    log(ids.tianjinKobe, "2026-11-01", true);
    log(ids.tianjinKobe, "2026-12-20"); // planned: neither the last activity nor in the last 12 months
    log(ids.chengduIncheon, "2019-03-03");
    const result = list(db, { sort: "activities12m", dir: "desc" });
    expect(result.rows[0]).toMatchObject({ lastActivity: "2026-05-01", activities12m: 2 });
    expect(result.rows.find((r) => r.id === ids.chengduIncheon)).toMatchObject({ lastActivity: "2019-03-03", activities12m: 0 });
    expect(list(db, { sort: "lastActivity", dir: "asc" }).rows[0]?.lastActivity).toBeNull();
  });

  it("counts the 12 months before 29 February from 28 February (the clock's twelveMonthsBefore)", () => {
    const { db, ids } = registry();
    for (const startDate of ["2023-02-28", "2023-03-01", "2024-02-29"]) {
      const a = db
        .insert(activities)
        .values({ title: startDate, category: "youth", startDate, location: "here", organiserLocalityId: 1 })
        .returning()
        .get();
      db.insert(activityPartnerships).values({ activityId: a.id, partnershipId: ids.tianjinKobe }).run();
    }
    const rows = listPartnerships(db, parseListParams(partnershipListSchema, {}), { locale: "en", today: "2024-02-29" }).rows;
    // The window is (2023-02-28, 2024-02-29]: 1 March 2023 and leap day count, 28 February 2023 does not.
    expect(rows.find((r) => r.id === ids.tianjinKobe)).toMatchObject({ lastActivity: "2024-02-29", activities12m: 2 });
  });

  it("ranks the statuses in lib/domain/enums' order, best first, none last", () => {
    const { db, tianjin } = registry();
    const busan = addLocality(db, { nameLocal: "부산광역시", nameRomanised: "Busan", countryCode: "KR" });
    db.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: busan }).run();
    const statuses = list(db, { sort: "status" }).rows.map((r) => r.status);
    expect(statuses).toEqual([...PARTNERSHIP_STATUSES.filter((s) => s !== "maintaining_contact"), null]);
    expect(db.all(sql`select ${statusRankSql} as rank from partnerships order by id`).map((r) => (r as { rank: number }).rank)).toEqual([
      1, 2, 4, 3, 5,
    ]);
  });
});
