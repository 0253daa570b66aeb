import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { activities, activityPartnerships, partnerships } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { setClockForTests, thisYear, today } from "@/lib/domain/clock";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { getLocalityPartnerships } from "./statistics-locality";
import { getRegistrySummary } from "./summary";

// 02:00 on 1 January 2026 in China is still 18:00 on 31 December 2025 in UTC (and on a UTC server).
const CHINA_NEW_YEAR_2AM = "2025-12-31T18:00:00Z";

let db: Db;
let tianjin: number;
let viewer: Viewer;
let quiet: number;
let decade: number;

beforeAll(() => {
  db = createTestDb();
  tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  const incheon = addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  viewer = addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin });
  // Last exchange exactly 24 months and one day before 1 January 2026: dormant on the 1st, not yet on 31 December.
  quiet = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: "1990-05-05", status: "good" })
    .returning()
    .get().id;
  const old = db
    .insert(activities)
    .values({
      title: "Old visit",
      category: "culture_science_education_health_sports",
      startDate: "2023-12-31",
      location: "here",
      organiserLocalityId: tianjin,
    })
    .returning()
    .get().id;
  db.insert(activityPartnerships).values({ activityId: old, partnershipId: quiet }).run();
  // Signed on 31 December 2015: its 10th anniversary is "yesterday" in China, "today" in UTC.
  decade = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: incheon, signedOn: "2015-12-31", status: "good" })
    .returning()
    .get().id;
  // A New Year's Day activity: this year's in China.
  const ny = db
    .insert(activities)
    .values({
      title: "New Year concert",
      category: "culture_science_education_health_sports",
      startDate: "2026-01-01",
      location: "here",
      organiserLocalityId: tianjin,
    })
    .returning()
    .get().id;
  db.insert(activityPartnerships).values({ activityId: ny, partnershipId: decade }).run();
});

afterEach(() => setClockForTests(null));

describe("the dashboard between 00:00 and 08:00 China time", () => {
  it("takes today and this year from the offices' clock", () => {
    setClockForTests(CHINA_NEW_YEAR_2AM);
    expect(today()).toBe("2026-01-01");
    expect(thisYear()).toBe(2026);
  });

  it("counts dormancy, anniversaries and the last exchange on China's day, not UTC's", () => {
    setClockForTests(CHINA_NEW_YEAR_2AM);
    const rows = getLocalityPartnerships(db, tianjin);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(quiet)?.dormant).toBe(true);
    expect(byId.get(decade)?.anniversary).toEqual({ date: "2026-12-31", years: 11 });
    expect(byId.get(decade)?.lastExchange).toBe("2026-01-01");
  });

  it("is still the old day an hour before China's midnight", () => {
    setClockForTests("2025-12-31T15:00:00Z");
    const byId = new Map(getLocalityPartnerships(db, tianjin).map((r) => [r.id, r]));
    expect(byId.get(quiet)?.dormant).toBe(false);
    expect(byId.get(decade)?.anniversary).toEqual({ date: "2025-12-31", years: 10 });
    expect(byId.get(decade)?.lastExchange).toBeNull();
  });

  it("counts this year's activities in China's year", () => {
    setClockForTests(CHINA_NEW_YEAR_2AM);
    expect(getRegistrySummary(db, viewer).activitiesThisYear).toBe(1);
    setClockForTests("2025-12-31T15:00:00Z");
    expect(getRegistrySummary(db, viewer).activitiesThisYear).toBe(0);
  });
});
