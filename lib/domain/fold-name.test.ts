import { describe, expect, it } from "vitest";
import { foldName, localitySearchKey } from "./fold-name";

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
