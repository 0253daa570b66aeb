import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { activities, activityPartnerships, partnershipStatusHistory, partnerships } from "@/db/schema";
import { addLocality, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { partnershipExportQuery, partnershipExportSelection } from "./exports/partnerships";
import { iterateRows } from "./exports/reader";
import { getPartnershipStats } from "./statistics";
import { getExchangeStats } from "./statistics-exchanges";
import { getMapPairs } from "./statistics-map";

let db: Db;
let tianjin: number;

beforeAll(() => {
  db = createTestDb();
  const places = addPlaces(db, "tianjin", "jinan", "chengdu", "kobe", "incheon");
  const { jinan, chengdu, kobe, incheon } = places;
  tianjin = places.tianjin;
  const formula = addLocality(db, { nameLocal: '=HYPERLINK("x")', nameRomanised: "Evil", countryCode: "JP" });
  const add = (our: number, partner: number, signedOn: string, status: "very_good" | "good" | "suspended", archived = false) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId: our, partnerLocalityId: partner, signedOn, status, archivedAt: archived ? new Date() : null })
      .returning()
      .get().id;
  const tk = add(tianjin, kobe, "1973-06-24", "very_good");
  add(tianjin, incheon, "1993-12-07", "good");
  add(jinan, kobe, "2010-05-01", "good");
  add(chengdu, formula, "2010-09-09", "suspended");
  add(chengdu, kobe, "2011-01-01", "good", true);
  db.insert(partnershipStatusHistory)
    .values([
      { partnershipId: tk, year: 2024, status: "good", source: "manual" },
      { partnershipId: tk, year: 2025, status: "very_good", source: "manual" },
    ])
    .run();
  const a = db
    .insert(activities)
    .values({ title: "Youth camp", category: "youth", startDate: "2025-07-01", location: "here", organiserLocalityId: tianjin })
    .returning()
    .get().id;
  db.insert(activityPartnerships).values({ activityId: a, partnershipId: tk }).run();
});

describe("getPartnershipStats", () => {
  it("counts the nation's active partnerships by country, region and year (hand count)", () => {
    const s = getPartnershipStats(db, { kind: "nation" }, {}, 2026);
    expect(s.total).toBe(4);
    expect(s.byCountry.map((r) => [r.code, r.count])).toEqual([
      ["JP", 3],
      ["KR", 1],
    ]);
    expect(s.byRegion.find((r) => r.region === "east")?.count).toBe(3);
    expect(s.byRegion.find((r) => r.region === "west")?.count).toBe(1);
    expect(s.cumulative.find((r) => r.year === 1993)?.count).toBe(2);
    expect(s.cumulative.at(-1)).toEqual({ year: 2026, count: 4 });
    expect(s.status).toMatchObject({ year: 2025, current: { very_good: 1 }, previous: { good: 1 } });
  });
  it("narrows to a locality, a province and a partner country", () => {
    expect(getPartnershipStats(db, { kind: "locality", localityId: tianjin }, {}, 2026).total).toBe(2);
    expect(getPartnershipStats(db, { kind: "province", provinceCode: "SD" }, {}, 2026).total).toBe(1);
    expect(getPartnershipStats(db, { kind: "nation" }, { country: "KR" }, 2026).total).toBe(1);
    expect(getPartnershipStats(db, { kind: "nation" }, { region: "west" }, 2026).byProvince.map((p) => p.code)).toEqual(["SC"]);
  });
});

describe("getExchangeStats and getMapPairs", () => {
  it("counts activities by year and category, restricted by partner country", () => {
    expect(getExchangeStats(db, { kind: "nation" }, { country: "JP" }).activities).toEqual([{ year: 2025, category: "youth", count: 1 }]);
    expect(getExchangeStats(db, { kind: "nation" }, { country: "KR" }).activities).toEqual([]);
  });
  it("lists the known pair Tianjin–Kobe", () => {
    expect(getMapPairs(db, { kind: "locality", localityId: tianjin }, {}).map((p) => `${p.ourLocal}—${p.partnerLocal}`)).toContain(
      "天津市—神戸市",
    );
  });
});

describe("partnershipExportQuery", () => {
  it("returns every row the list's URL filters select, not one page", () => {
    const rows = (q: Record<string, string>) => [
      ...iterateRows(
        db.$client,
        partnershipExportQuery(db, parseListParams(partnershipListSchema, { ...q, pageSize: "10" }), { locale: "en", today: "2026-01-01" }),
        partnershipExportSelection,
      ),
    ];
    expect(rows({})).toHaveLength(4);
    expect(
      rows({ country: "JP" })
        .map((r) => r.partnerRomanised)
        .sort(),
    ).toEqual(["Evil", "Kobe", "Kobe"]);
    expect(rows({ archived: "1" })).toHaveLength(5);
    expect(rows({ q: "kobe", province: "TJ" }).map((r) => r.ourRomanised)).toEqual(["Tianjin"]);
  });
});
