import { describe, expect, it } from "vitest";
import { foldName, localitySearchKey, pinyinKeys } from "./fold-name";

describe("foldName", () => {
  it("folds case and diacritics so romanisations meet", () => {
    expect(foldName("Kōbe")).toBe("kobe");
    expect(foldName("KOBE")).toBe("kobe");
    expect(foldName("Bağcılar")).toBe("bagcılar");
    expect(foldName("Xi'an")).toBe("xian");
    expect(foldName("São Paulo")).toBe("saopaulo");
  });

  it("keeps CJK characters, so a partial local-script name is a substring", () => {
    expect(foldName("神戸市")).toBe("神戸市");
    expect(foldName("인천광역시")).toContain("인천");
    expect(localitySearchKey("天津市", "Tianjin")).toBe("天津市 tianjin");
  });

  it("folds full-width Latin letters", () => {
    expect(foldName("ＴＯＫＹＯ")).toBe("tokyo");
  });
});

describe("localitySearchKey with a Chinese name", () => {
  it("adds the Chinese name, its full pinyin and its initials", () => {
    const key = localitySearchKey("神戸市", "Kobe", "神户市");
    expect(key.split(" ")).toEqual(["神戸市", "kobe", "神户市", "shenhushi", "shs"]);
    // The registry matches each typed term as a substring of the key.
    for (const typed of ["神户", "神戸", "kobe", "shenhu", "sh"]) expect(key).toContain(foldName(typed));
  });

  it("reads polyphonic characters by word and drops tone marks", () => {
    expect(pinyinKeys("重庆市")).toEqual(["chongqingshi", "cqs"]);
    expect(pinyinKeys("哈尔科夫")).toEqual(["haerkefu", "hekf"]);
    expect(pinyinKeys("绿岛")[0]).toBe("ludao");
  });

  it("adds no pinyin without Chinese characters, and no repeated terms", () => {
    expect(pinyinKeys("Kharkiv")).toEqual([]);
    expect(pinyinKeys(null)).toEqual([]);
    expect(localitySearchKey("天津市", "Tianjin", "天津市")).toBe("天津市 tianjin tianjinshi tjs");
    expect(localitySearchKey("Харків", "Kharkiv", null, "Kharkov")).toBe("харків kharkiv kharkov");
  });
});
