import { afterAll, describe, expect, it } from "vitest";
import { delegations, partnershipStatusHistory, partnerships, provinces } from "@/db/schema";
import { statFilterOptions } from "@/db/loaders/stat-filter-options";
import { setClockForTests } from "@/lib/domain/clock";
import { createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { exchangeFilterOptions } from "./activities-filter-options";
import { provinceChoices } from "./localities-options";
import { getStatFilterOptions } from "./statistics-options";

afterAll(() => setClockForTests(null));

describe("getStatFilterOptions: the years the filter offers", () => {
  it("offers only the current year when there is no data at all", () => {
    setClockForTests("2026-03-01T04:00:00Z");
    expect(getStatFilterOptions(createTestDb()).years).toEqual({ min: 2026, max: 2026 });
  });
  it("offers the years of recorded statuses and delegations even when no partnership has a signing date", () => {
    setClockForTests("2026-03-01T04:00:00Z");
    const db = createTestDb();
    const { tianjin, kobe } = addPlaces(db, "tianjin", "kobe");
    const id = db.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: null }).returning().get().id;
    db.insert(partnershipStatusHistory).values({ partnershipId: id, year: 2019, status: "good", source: "manual" }).run();
    db.insert(delegations)
      .values({ ourLocalityId: tianjin, direction: "incoming", leaderRank: "bureau", leaderName: "L", startDate: "2021-05-01" })
      .run();
    expect(getStatFilterOptions(db).years).toEqual({ min: 2019, max: 2026 });
  });
  it("offers provinces by their displayed name: Gansu before Guangdong in English, 甘肃省 before 广东省 in Chinese", () => {
    const db = createTestDb();
    db.insert(provinces)
      .values([
        { code: "GD", nameEn: "Guangdong", nameZh: "广东省", region: "east" },
        { code: "GS", nameEn: "Gansu", nameZh: "甘肃省", region: "west" },
        { code: "AH", nameEn: "Anhui", nameZh: "安徽省", region: "central" },
      ])
      .run();
    const labels = (zh: boolean) => statFilterOptions(db, zh, (r) => r).provinces.map((p) => p.label);
    expect(labels(false)).toEqual(["Anhui", "Gansu", "Guangdong", "Shandong", "Sichuan", "Tianjin"]);
    expect(labels(true)).toEqual(["安徽省", "甘肃省", "广东省", "山东省", "四川省", "天津市"]);
    // The activity and delegation lists' filters were ordered by code (GD before GS).
    expect(exchangeFilterOptions(db, "en").provinces.map((p) => p.label)).toEqual(labels(false));
    expect(exchangeFilterOptions(db, "zh-CN").provinces.map((p) => p.label)).toEqual(labels(true));
    expect(provinceChoices(db, "en").map((p) => p.label)).toEqual(labels(false));
  });
});
