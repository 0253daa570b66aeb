import { describe, expect, it } from "vitest";
import { localityLabel, localityName, localityNames, partnershipName } from "./locality-name";

const kobe = { nameLocal: "神戸市", nameRomanised: "Kobe", nameZh: "神户市" };
const tianjin = { nameLocal: "天津市", nameRomanised: "Tianjin", nameZh: "天津市" };
const kharkiv = { nameLocal: "Харків", nameRomanised: "Kharkiv", nameZh: "哈尔科夫" };
const melbourne = { nameLocal: "Melbourne", nameRomanised: "Melbourne", nameZh: "墨尔本" };
const unnamed = { nameLocal: "Бишкек", nameRomanised: "Bishkek", nameZh: null };

describe("localityNames", () => {
  it("puts the Chinese name first for Chinese readers, the local script and romanised beside it", () => {
    expect(localityNames(kobe, "zh-CN")).toEqual({ primary: "神户市", secondary: ["神戸市", "Kobe"] });
    expect(localityNames(kharkiv, "zh-CN")).toEqual({ primary: "哈尔科夫", secondary: ["Харків", "Kharkiv"] });
    expect(localityNames(melbourne, "zh-CN")).toEqual({ primary: "墨尔本", secondary: ["Melbourne"] });
    expect(localityNames(tianjin, "zh-CN")).toEqual({ primary: "天津市", secondary: [] });
  });

  it("shows the romanised name when the Chinese one is missing", () => {
    expect(localityNames(unnamed, "zh-CN")).toEqual({ primary: "Bishkek", secondary: ["Бишкек"] });
    expect(localityNames({ nameLocal: "Bishkek", nameRomanised: "Bishkek", nameZh: "" }, "zh-CN")).toEqual({
      primary: "Bishkek",
      secondary: [],
    });
    // A caller that did not read the Chinese name gets the local script, as before.
    expect(localityNames({ nameLocal: "神戸市", nameRomanised: "Kobe" }, "zh-CN")).toEqual({ primary: "神戸市", secondary: [] });
  });

  it("puts the romanised name first for English readers, the local script beside it", () => {
    expect(localityNames(kobe, "en")).toEqual({ primary: "Kobe", secondary: ["神戸市"] });
    expect(localityNames(tianjin, "en")).toEqual({ primary: "Tianjin", secondary: ["天津市"] });
    expect(localityNames(melbourne, "en")).toEqual({ primary: "Melbourne", secondary: [] });
  });

  it("gives one-line forms for titles, options and exports", () => {
    expect(localityName(kobe, "zh-CN")).toBe("神户市");
    expect(localityLabel(kobe, "zh-CN")).toBe("神户市（神戸市 · Kobe）");
    expect(localityLabel(kobe, "en")).toBe("Kobe (神戸市)");
    expect(localityLabel(tianjin, "zh-CN")).toBe("天津市");
    expect(partnershipName(tianjin, kobe, "zh-CN")).toBe("天津市 – 神户市");
    expect(partnershipName(tianjin, kobe, "en")).toBe("Tianjin – Kobe");
  });
});
