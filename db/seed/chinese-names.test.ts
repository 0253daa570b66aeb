import { describe, expect, it } from "vitest";
import { hanjaToSimplified, japaneseToSimplified, partnerChineseName } from "./chinese-names";

describe("Chinese names of partner localities", () => {
  it("converts Japanese shinjitai to simplified Chinese, Japan-only forms included", () => {
    expect(japaneseToSimplified("神戸市")).toBe("神户市");
    expect(japaneseToSimplified("横浜市")).toBe("横滨市");
    expect(japaneseToSimplified("広島県")).toBe("广岛县");
    expect(japaneseToSimplified("姫路市")).toBe("姬路市");
    expect(japaneseToSimplified("呉市")).toBe("吴市");
    expect(japaneseToSimplified("北九州市")).toBe("北九州市");
  });

  it("reads Korean hanja as simplified Chinese", () => {
    expect(hanjaToSimplified("仁川廣域市")).toBe("仁川广域市");
    expect(hanjaToSimplified("大邱廣域市")).toBe("大邱广域市");
  });

  it("takes a curated name first, then the Japanese converter, then the hanja table", () => {
    expect(partnerChineseName("JP", "Kobe", "神戸市")).toEqual({ nameZh: "神户市", method: "opencc-japanese" });
    expect(partnerChineseName("JP", "Saitama", "さいたま市")).toEqual({ nameZh: "埼玉市", method: "curated" });
    expect(partnerChineseName("KR", "Incheon", "인천광역시")).toEqual({ nameZh: "仁川广域市", method: "korean-hanja" });
    expect(partnerChineseName("KR", "Seoul", "서울특별시")).toEqual({ nameZh: "首尔特别市", method: "curated" });
    expect(partnerChineseName("UA", "Kharkiv", "Харків")).toEqual({ nameZh: "哈尔科夫", method: "curated" });
    expect(partnerChineseName("AU", "Melbourne", undefined)).toEqual({ nameZh: "墨尔本", method: "curated" });
    expect(partnerChineseName("XX", "Nowhere", undefined)).toEqual({ nameZh: null, method: "none" });
  });
});
