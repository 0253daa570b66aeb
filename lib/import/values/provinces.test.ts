import { describe, expect, it } from "vitest";
import { parseProvince } from "./provinces";

const SPELLINGS: [string, string][] = [
  ["天津", "TJ"],
  ["天津市", "TJ"],
  ["北京", "BJ"],
  ["Beijing Municipality", "BJ"],
  ["广西", "GX"],
  ["广西壮族自治区", "GX"],
  ["廣西壯族自治區", "GX"],
  ["Guangxi Zhuang Autonomous Region", "GX"],
  ["内蒙古", "NM"],
  ["内蒙古自治区", "NM"],
  ["內蒙古自治區", "NM"],
  ["Inner Mongolia", "NM"],
  ["Nei Mongol", "NM"],
  ["新疆维吾尔自治区", "XJ"],
  ["新疆", "XJ"],
  ["Xinjiang Uygur Autonomous Region", "XJ"],
  ["宁夏回族自治区", "NX"],
  ["Ningxia Hui Autonomous Region", "NX"],
  ["西藏", "XZ"],
  ["Tibet", "XZ"],
  ["Xizang", "XZ"],
  ["Xizang Autonomous Region", "XZ"],
  ["黑龙江省", "HL"],
  ["黑龍江省", "HL"],
  ["Heilongjiang", "HL"],
  ["Guangdong", "GD"],
  ["Guangdong Province", "GD"],
  ["Guangdong Sheng", "GD"],
  ["guangdong province", "GD"],
  ["广东", "GD"],
  ["广东省", "GD"],
  ["廣東省", "GD"],
  ["粤", "GD"],
  ["GD", "GD"],
  ["CN-GD", "GD"],
  ["cn-gd", "GD"],
  ["Shanxi", "SX"],
  ["山西省", "SX"],
  ["Shaanxi", "SN"],
  ["陕西", "SN"],
  ["陝西省", "SN"],
  ["Anhui", "AH"],
  ["Anhui Province", "AH"],
  ["重慶市", "CQ"],
  ["Chongqing Shi", "CQ"],
  ["遼寧", "LN"],
  ["江蘇省", "JS"],
  ["雲南", "YN"],
  ["貴州省", "GZ"],
  ["甘肅", "GS"],
  ["上海市", "SH"],
  ["Shanghai", "SH"],
  ["  海南省 ", "HI"],
];

describe("parseProvince", () => {
  it.each(SPELLINGS)("%s → %s", (text, code) => {
    expect(parseProvince(text)).toBe(code);
  });

  it("returns null for what is not a mainland province", () => {
    for (const text of ["", "省", "Province", "香港", "Hong Kong", "Ontario", "杭州市", "Guang"])
      expect(parseProvince(text), text).toBeNull();
  });
});
