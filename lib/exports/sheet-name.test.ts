import { describe, expect, it } from "vitest";
import { sheetName } from "./sheet-name";

describe("sheetName", () => {
  it("keeps a short name", () => {
    expect(sheetName("Status", new Set())).toBe("Status");
  });
  it("cuts a long English name at a word's end, never mid-word", () => {
    const name = sheetName("Trend of exchanges over the last five years", new Set());
    expect(name).toBe("Trend of exchanges over the");
    expect([...name].length).toBeLessThanOrEqual(31);
  });
  it("cuts a Chinese name at a character", () => {
    const long = "友好城市交往状况按对方国家与双方对比分析以及其他更多的说明文字内容补充";
    expect(sheetName(long, new Set())).toBe([...long].slice(0, 31).join(""));
  });
  it("never names two sheets alike, and drops the characters Excel refuses", () => {
    const used = new Set<string>();
    expect(sheetName("A/B: status", used)).toBe("A B status");
    expect(sheetName("a b status", used)).toBe("a b status (2)");
  });
});
