import { describe, expect, it } from "vitest";
import { byDisplayName } from "./display-order";

const provinces = [
  { value: "GD", label: "Guangdong", zh: "广东省" },
  { value: "GS", label: "Gansu", zh: "甘肃省" },
  { value: "BJ", label: "Beijing", zh: "北京市" },
  { value: "AH", label: "Anhui", zh: "安徽省" },
];

describe("byDisplayName", () => {
  it("orders English names alphabetically: Gansu before Guangdong, whatever the codes", () => {
    expect(byDisplayName(provinces, false).map((p) => p.label)).toEqual(["Anhui", "Beijing", "Gansu", "Guangdong"]);
  });
  it("orders Chinese names by the Chinese collation (pinyin: 安徽 an, 北京 bei, 甘肃 gan, 广东 guang)", () => {
    const zh = provinces.map((p) => ({ value: p.value, label: p.zh }));
    expect(byDisplayName(zh, true).map((p) => p.label)).toEqual(["安徽省", "北京市", "甘肃省", "广东省"]);
  });
  it("leaves its argument as it was", () => {
    const copy = [...provinces];
    byDisplayName(provinces, false);
    expect(provinces).toEqual(copy);
  });
});
