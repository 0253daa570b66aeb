import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { partnerships } from "@/db/schema";
import { addLocality, createTestDb } from "@/test/test-db";
import { foreignMatches, neighboursWithCountry, ourMatches } from "./partner-matches";

function directory() {
  const db = createTestDb();
  const place = (nameRomanised: string, countryCode: string, provinceCode?: string, level: "city" | "province" = "city") =>
    addLocality(db, { nameLocal: nameRomanised, nameRomanised, countryCode, provinceCode, level });
  const pair = (ourLocalityId: number, partnerLocalityId: number, archived = false) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId, partnerLocalityId, status: "good", archivedAt: archived ? new Date() : null })
      .run();
  const d = {
    db,
    tianjin: place("Tianjin", "CN", "TJ"),
    binhai: place("Binhai", "CN", "TJ"),
    qingdao: place("Qingdao", "CN", "SD"),
    chengdu: place("Chengdu", "CN", "SC"),
    mianyang: place("Mianyang", "CN", "SC"),
    leshan: place("Leshan", "CN", "SC"),
    kobe: place("Kobe", "JP"),
    osaka: place("Osaka", "JP"),
    nara: place("Nara", "JP"),
    hyogo: place("Hyogo", "JP", undefined, "province"),
    busan: place("Busan", "KR"),
  };
  pair(d.tianjin, d.kobe); // already Tianjin's
  pair(d.qingdao, d.osaka);
  pair(d.chengdu, d.osaka);
  pair(d.binhai, d.osaka);
  pair(d.qingdao, d.nara, true); // archived: not a partnership any more
  pair(d.chengdu, d.kobe);
  pair(d.chengdu, d.busan);
  pair(d.mianyang, d.busan);
  return d;
}

describe("matches of a post of ours", () => {
  it("lists the country's localities not yet partnered with the seeker, those with Chinese partners first, with who can introduce", () => {
    const d = directory();
    const matches = foreignMatches(d.db, { seekerLocalityId: d.tianjin, countryCode: "JP", levels: [] });
    expect(matches.map((m) => [m.nameRomanised, m.chinesePartners])).toEqual([
      ["Osaka", 3],
      ["Hyogo", 0],
      ["Nara", 0],
    ]);
    expect(matches[0]?.introducers.map((i) => i.nameRomanised).sort()).toEqual(["Binhai", "Chengdu", "Qingdao"]);
    expect(matches[2]?.introducers).toEqual([]);
  });

  it("keeps to the levels sought", () => {
    const d = directory();
    expect(
      foreignMatches(d.db, { seekerLocalityId: d.tianjin, countryCode: "JP", levels: ["province"] }).map((m) => m.nameRomanised),
    ).toEqual(["Hyogo"]);
  });

  it("names the seeker's neighbours in its province with partners in the country", () => {
    const d = directory();
    expect(neighboursWithCountry(d.db, { seekerLocalityId: d.tianjin, provinceCode: "TJ", countryCode: "JP" })).toMatchObject([
      { nameRomanised: "Binhai", inCountry: 1 },
    ]);
    expect(neighboursWithCountry(d.db, { seekerLocalityId: d.leshan, provinceCode: "SC", countryCode: "JP" })).toMatchObject([
      { nameRomanised: "Chengdu", inCountry: 2 },
    ]);
  });
});

describe("matches of a foreign seeker", () => {
  it("lists our localities in the province sought, not yet its partners, those with fewest partners in its country first", () => {
    const d = directory();
    const matches = ourMatches(d.db, { seekerLocalityId: d.osaka, countryCode: "JP", provinceCode: "SC", region: null, levels: [] });
    // Chengdu already works with Osaka; Leshan has no partner at all, Mianyang none in Japan but one elsewhere.
    expect(matches.map((m) => [m.nameRomanised, m.inCountry, m.partnerships])).toEqual([
      ["Leshan", 0, 0],
      ["Mianyang", 0, 1],
    ]);
  });

  it("takes a whole region when no province is named", () => {
    const d = directory();
    const east = ourMatches(d.db, { seekerLocalityId: d.busan, countryCode: "KR", provinceCode: null, region: "east", levels: [] });
    expect(east.map((m) => m.nameRomanised)).toEqual(["Binhai", "Qingdao", "Tianjin"]);
  });

  it("reads partnerships by index, never by scanning them", () => {
    const d = directory();
    const plan = d.db.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT count(*) FROM partnerships p WHERE p.partner_locality_id = 1 AND p.archived_at IS NULL`,
    );
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING (COVERING )?INDEX/);
  });
});
