import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestDb } from "@/test/test-db";
import { seedDemoRegistry } from "../demo-registry";
import { createRandom } from "../random";
import { seedReference } from "../reference";
import { cnCities, countries, countryAliases, koreanHanja, partnerChineseNames, partnerNativeNames, provinces } from ".";

describe("the seed data files", () => {
  it("load whole, and refer only to countries and provinces they define", () => {
    expect(countries).toHaveLength(132);
    expect(provinces).toHaveLength(31);
    expect(Object.keys(countryAliases)).toHaveLength(143);
    expect(Object.keys(cnCities)).toHaveLength(428);
    expect(Object.keys(koreanHanja)).toHaveLength(94);
    expect(Object.keys(partnerNativeNames)).toHaveLength(523);
    expect(Object.values(partnerChineseNames).flatMap(Object.keys)).toHaveLength(1241);

    const countryCodes = new Set(countries.map((c) => c.code));
    const countryOf = (key: string) => key.split("|")[0]!;
    expect(Object.values(countryAliases).filter((code) => !countryCodes.has(code))).toEqual([]);
    expect([...Object.keys(partnerNativeNames), ...Object.keys(koreanHanja)].map(countryOf).filter((c) => !countryCodes.has(c))).toEqual([]);
    expect(Object.keys(partnerChineseNames).filter((c) => !countryCodes.has(c))).toEqual([]);
    // Macao ("MO") is deliberately not among the provinces; every other city is in one.
    const provinceCodes = new Set([...provinces.map((p) => p.code), "MO"]);
    expect(Object.values(cnCities).filter((c) => !provinceCodes.has(c.province))).toEqual([]);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });

  it("seed exactly the reference data and demo registry the TypeScript tables seeded before they became JSON", () => {
    const db = createTestDb();
    db.$client.exec("DELETE FROM provinces; DELETE FROM countries");
    seedReference(db);
    seedDemoRegistry(db, createRandom(20260101));
    // Fingerprints of the rows (timestamps left out) taken with the .ts tables; a deliberate change of
    // the data changes them: update them together with the data.
    const volatile = new Set(["created_at", "updated_at"]);
    const fingerprint = (table: string) => {
      const rows = db.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
      const stable = rows.map((r) => Object.keys(r).sort().filter((k) => !volatile.has(k)).map((k) => [k, r[k]]));
      return `${rows.length} ${crypto.createHash("sha256").update(JSON.stringify(stable)).digest("hex").slice(0, 16)}`;
    };
    expect(Object.fromEntries(["countries", "provinces", "localities", "partnerships"].map((t) => [t, fingerprint(t)]))).toEqual({
      countries: "132 f5a8118c3f64d2a6",
      provinces: "31 a7f51242c3ba6224",
      localities: "1933 59b504776990ec19",
      partnerships: "1863 0c70d83fbcbe6d22",
    });
  }, 60_000);
});
