import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locale";

describe("localeFromAcceptLanguage", () => {
  it("follows the browser's order of preference", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("ja;q=1,en;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBe("zh-CN");
    expect(localeFromAcceptLanguage(null)).toBe("zh-CN");
  });
});
