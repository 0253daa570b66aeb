import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { localities } from "@/db/schema";
import { addLocality, createTestDb } from "@/test/test-db";
import { findLikelyDuplicates, nameForms } from "./localities-duplicates";

let db: Db;
let kobe: number;

beforeEach(() => {
  db = createTestDb();
  kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  db.update(localities).set({ nameZh: "神户市" }).where(eq(localities.id, kobe)).run();
  addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ", level: "province" });
});

const ids = (names: string[], countryCode = "JP", exceptId?: number) =>
  findLikelyDuplicates(db, { countryCode, names, exceptId }).map((d) => d.id);

describe("nameForms", () => {
  it("folds, and drops the kind of place at the end", () => {
    expect(nameForms("神戸市")).toEqual(["神戸市", "神戸"]);
    expect(nameForms("Kobe City")).toEqual(["kobecity", "kobe"]);
    expect(nameForms("Suwon-si")).toEqual(["suwonsi", "suwon"]);
    expect(nameForms("Assisi")).toEqual(["assisi"]);
    expect(nameForms("唐县")).toEqual(["唐县"]);
    expect(nameForms("  ")).toEqual([]);
  });
});

describe("findLikelyDuplicates", () => {
  it("finds the same place under any of its names, in the same country only", () => {
    expect(ids(["神戸市"])).toEqual([kobe]);
    expect(ids(["KOBE"])).toEqual([kobe]);
    expect(ids(["Kōbe-shi"])).toEqual([kobe]);
    expect(ids(["神户"])).toEqual([kobe]);
    expect(ids(["", "Kobe"], "KR")).toEqual([]);
    expect(ids(["Osaka"])).toEqual([]);
  });

  it("leaves out the record being edited and merged-away records, marks archived ones", () => {
    expect(ids(["Kobe"], "JP", kobe)).toEqual([]);
    const old = addLocality(db, { nameLocal: "神戸", nameRomanised: "Kobe", countryCode: "JP" });
    db.update(localities).set({ archivedAt: new Date() }).where(eq(localities.id, old)).run();
    const merged = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
    db.update(localities).set({ mergedIntoId: kobe }).where(eq(localities.id, merged)).run();
    const found = findLikelyDuplicates(db, { countryCode: "jp", names: ["神戸市"] });
    expect(found.map((d) => [d.id, d.archived])).toEqual([
      [kobe, false],
      [old, true],
    ]);
  });

  it("matches a Korean name with or without 광역시", () => {
    expect(findLikelyDuplicates(db, { countryCode: "KR", names: ["인천"] }).map((d) => d.nameRomanised)).toEqual(["Incheon"]);
  });
});
