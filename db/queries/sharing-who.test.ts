import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contacts, localities, partnerships } from "@/db/schema";
import { addLocality, createTestDb } from "@/test/test-db";
import { countriesCoverageOfProvince, provincesCoverageOfCountry, topPartnerCountries } from "./sharing-coverage";
import {
  foreignPlace,
  ourLocalitiesWithCountry,
  partnershipsInState,
  partnershipsNearby,
  partnershipsWith,
  searchWhoWorksWith,
} from "./sharing-who";

const TODAY = "2026-06-15";

function world() {
  const db = createTestDb();
  const place = (nameLocal: string, nameRomanised: string, countryCode: string, more: Partial<typeof localities.$inferInsert> = {}) => {
    const id = addLocality(db, { nameLocal, nameRomanised, countryCode, provinceCode: more.provinceCode ?? undefined });
    db.update(localities).set(more).where(eq(localities.id, id)).run();
    return id;
  };
  const tianjin = place("天津市", "Tianjin", "CN", { provinceCode: "TJ" });
  const qingdao = place("青岛市", "Qingdao", "CN", { provinceCode: "SD" });
  const jinan = place("济南市", "Jinan", "CN", { provinceCode: "SD" });
  const kobe = place("神戸市", "Kobe", "JP", { nameZh: "神户市", stateName: "兵庫県", latitude: 34.69, longitude: 135.195 });
  const himeji = place("姫路市", "Himeji", "JP", { stateName: "兵庫県", latitude: 34.815, longitude: 134.685 });
  const osaka = place("大阪市", "Osaka", "JP", { stateName: "大阪府", latitude: 34.694, longitude: 135.502 });
  const sapporo = place("札幌市", "Sapporo", "JP", { stateName: "北海道", latitude: 43.06, longitude: 141.35 });
  const incheon = place("인천광역시", "Incheon", "KR", { stateName: null });
  // The search key with the Chinese name's pinyin, as the app stores it.
  db.update(localities).set({ searchKey: "神戸市 kobe 神户市 shenhushi shs" }).where(eq(localities.id, kobe)).run();
  const pair = (ourLocalityId: number, partnerLocalityId: number, more: Partial<typeof partnerships.$inferInsert> = {}) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId, partnerLocalityId, signedOn: "1973-06-24", status: "very_good", ...more })
      .returning({ id: partnerships.id })
      .get().id;
  const p = {
    tianjinKobe: pair(tianjin, kobe),
    qingdaoHimeji: pair(qingdao, himeji, { status: "suspended" }),
    jinanOsaka: pair(jinan, osaka),
    qingdaoSapporo: pair(qingdao, sapporo),
    tianjinIncheon: pair(tianjin, incheon),
    archived: pair(jinan, kobe, { archivedAt: new Date() }),
  };
  db.insert(contacts)
    .values([
      {
        partnershipId: p.qingdaoHimeji,
        side: "ours",
        office: "青岛市外办亚洲处",
        role: "处长",
        personName: "王芳",
        email: "wang@qd.gov.cn",
      },
      { partnershipId: p.qingdaoHimeji, side: "partner", office: "姫路市国際交流課", personName: "佐藤", email: "sato@himeji.jp" },
    ])
    .run();
  return { db, l: { tianjin, qingdao, jinan, kobe, himeji, osaka, sapporo, incheon }, p };
}

describe("who works with…", () => {
  it("finds a foreign place typed in Chinese, in pinyin or romanised, a prefecture by name, and a country by any name", () => {
    const { db, l } = world();
    expect(searchWhoWorksWith(db, "神户").places.map((p) => p.id)).toEqual([l.kobe]);
    expect(searchWhoWorksWith(db, "shenhu").places.map((p) => p.id)).toEqual([l.kobe]);
    expect(searchWhoWorksWith(db, "KŌBE").places.map((p) => p.id)).toEqual([l.kobe]);
    expect(searchWhoWorksWith(db, "天津").places).toEqual([]); // ours are not "who works with" targets
    expect(searchWhoWorksWith(db, "兵庫").states).toEqual([{ countryCode: "JP", stateName: "兵庫県", places: 2 }]);
    expect(searchWhoWorksWith(db, "日本").countries.map((c) => c.code)).toEqual(["JP"]);
    expect(searchWhoWorksWith(db, "south korea").countries.map((c) => c.code)).toEqual(["KR"]);
    expect(searchWhoWorksWith(db, "kr").countries.map((c) => c.code)).toEqual(["KR"]);
    expect(searchWhoWorksWith(db, "  ")).toEqual({ places: [], states: [], countries: [] });
    expect(searchWhoWorksWith(db, "100%").places).toEqual([]);
  });

  it("lists our localities' current partnerships with a place, with status, signing and the office to contact (never the person)", () => {
    const { db, l, p } = world();
    expect(partnershipsWith(db, l.kobe, TODAY).map((r) => [r.id, r.ours.nameLocal, r.status])).toEqual([
      [p.tianjinKobe, "天津市", "very_good"],
    ]);
    const himeji = partnershipsWith(db, l.himeji, TODAY);
    expect(himeji[0]).toMatchObject({ signedOn: "1973-06-24", lastExchange: null, provinceNameZh: "山东省" });
    expect(himeji[0]!.offices).toEqual([{ office: "青岛市外办亚洲处", role: "处长" }]);
    expect(JSON.stringify(himeji)).not.toMatch(/王芳|wang@|佐藤/);
    expect(foreignPlace(db, l.tianjin)).toBeUndefined();
  });

  it("finds the neighbours' partners: the same prefecture, and the nearest places of the country by coordinates", () => {
    const { db, l, p } = world();
    expect(partnershipsInState(db, "JP", "兵庫県", TODAY, l.kobe).map((r) => r.id)).toEqual([p.qingdaoHimeji]);
    expect(
      partnershipsInState(db, "JP", "兵庫県", TODAY)
        .map((r) => r.id)
        .sort(),
    ).toEqual([p.tianjinKobe, p.qingdaoHimeji].sort());
    const near = partnershipsNearby(db, foreignPlace(db, l.kobe)!, TODAY);
    // Osaka is near (Himeji, same prefecture, is left to the prefecture's list); Sapporo is far beyond the box.
    expect(near.map((r) => r.id)).toEqual([p.jinanOsaka]);
    expect(near[0]!.km).toBeGreaterThan(20);
    expect(partnershipsNearby(db, foreignPlace(db, l.incheon)!, TODAY)).toEqual([]);
  });

  it("counts our localities partnered with a country, most partnerships first", () => {
    const { db, l } = world();
    const jp = ourLocalitiesWithCountry(db, "JP");
    expect(jp).toMatchObject({ partnerships: 4, localities: 3 });
    expect(jp.top.map((t) => [t.id, t.partnerships])).toEqual([
      [l.qingdao, 2],
      [l.jinan, 1],
      [l.tianjin, 1],
    ]);
    expect(jp.top[0]!.offices).toEqual([{ office: "青岛市外办亚洲处", role: "处长" }]);
    expect(ourLocalitiesWithCountry(db, "US")).toEqual({ partnerships: 0, localities: 0, top: [] });
  });
});

describe("coverage", () => {
  it("gives every province its partnerships with a country, zero included", () => {
    const { db } = world();
    const jp = provincesCoverageOfCountry(db, "JP");
    expect(jp.map((r) => [r.code, r.region, r.partnerships, r.localities])).toEqual([
      ["SD", "east", 3, 2],
      ["TJ", "east", 1, 1],
      ["SC", "west", 0, 0],
    ]);
    expect(provincesCoverageOfCountry(db, "US").every((r) => r.partnerships === 0)).toBe(true);
  });

  it("gives a province its partner countries, and the nation's most partnered countries", () => {
    const { db } = world();
    expect(countriesCoverageOfProvince(db, "TJ").map((c) => [c.code, c.partnerships])).toEqual([
      ["JP", 1],
      ["KR", 1],
    ]);
    expect(countriesCoverageOfProvince(db, "SC")).toEqual([]);
    expect(topPartnerCountries(db).map((c) => [c.code, c.partnerships])).toEqual([
      ["JP", 4],
      ["KR", 1],
    ]);
  });
});
