import { describe, expect, it } from "vitest";
import { countries, partnerRequests } from "@/db/schema";
import { addDays, setClockForTests, today } from "@/lib/domain/clock";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { seedDemoBoard } from "./demo-board";

describe("demonstration partner-seeking posts", () => {
  it("posts for the seekers the directory has, closing relative to the clock's today, the same every time", () => {
    setClockForTests("2026-06-01T04:00:00Z");
    try {
      const db = createTestDb();
      db.insert(countries)
        .values([
          { code: "DE", nameEn: "Germany", nameZh: "德国", nameNative: "Deutschland" },
          { code: "FR", nameEn: "France", nameZh: "法国", nameNative: "France" },
        ])
        .run();
      const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
      const cologne = addLocality(db, { nameLocal: "Köln", nameRomanised: "Cologne", countryCode: "DE" });
      addLocality(db, { nameLocal: "成都市", nameRomanised: "Chengdu", countryCode: "CN", provinceCode: "SC" });
      seedDemoBoard(db, addUser(db, "national_admin").id);
      const posts = db.select().from(partnerRequests).all();
      expect(posts.map((p) => [p.side, p.seekerLocalityId === tianjin || p.seekerLocalityId === cologne, p.status])).toEqual([
        ["ours", true, "open"],
        ["foreign", true, "open"],
        ["ours", false, "found"],
      ]);
      expect(posts[0]).toMatchObject({
        ownerLocalityId: tianjin,
        ownerProvinceCode: "TJ",
        wantedCountryCode: "KR",
        closesOn: addDays(today(), 60),
      });
      expect(posts[1]).toMatchObject({ ownerLocalityId: null, ownerProvinceCode: null, wantedProvinceCode: "SC" });
    } finally {
      setClockForTests(null);
    }
  });
});
