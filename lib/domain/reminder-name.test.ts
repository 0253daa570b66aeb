import { describe, expect, it } from "vitest";
import { reminderSubject } from "./reminder-name";

const tianjin = { nameLocal: "天津市", nameRomanised: "Tianjin", nameZh: "天津市" };
const kobe = { nameLocal: "神戸市", nameRomanised: "Kobe", nameZh: "神户市" };

describe("reminderSubject", () => {
  it("names the partner for a city, both sides for a province or the nation, in the reader's language", () => {
    expect(reminderSubject({ ours: tianjin, partner: kobe }, true, "zh-CN")).toBe("神户市（神戸市 · Kobe）");
    expect(reminderSubject({ ours: tianjin, partner: kobe }, false, "zh-CN")).toBe("天津市 – 神户市");
    expect(reminderSubject({ ours: tianjin, partner: kobe }, false, "en")).toBe("Tianjin – Kobe");
  });

  it("names our locality when there is no partner", () => {
    expect(reminderSubject({ ours: tianjin, partner: null }, false, "en")).toBe("Tianjin (天津市)");
  });
});
