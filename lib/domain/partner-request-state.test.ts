import { describe, expect, it } from "vitest";
import { boardState, isEffectivelyOpen } from "./partner-request-state";

describe("a post's state on the board", () => {
  it("is open until the end of its closing day, then closed", () => {
    expect(boardState({ status: "open", closesOn: null }, "2026-05-01")).toBe("open");
    expect(boardState({ status: "open", closesOn: "2026-05-01" }, "2026-05-01")).toBe("open");
    expect(boardState({ status: "open", closesOn: "2026-04-30" }, "2026-05-01")).toBe("closed");
    expect(isEffectivelyOpen({ status: "open", closesOn: "2026-04-30" }, "2026-05-01")).toBe(false);
  });

  it("shows found and closed as their authors marked them, whatever the date", () => {
    expect(boardState({ status: "found", closesOn: "2020-01-01" }, "2026-05-01")).toBe("found");
    expect(boardState({ status: "closed", closesOn: null }, "2026-05-01")).toBe("closed");
    expect(isEffectivelyOpen({ status: "found", closesOn: null }, "2026-05-01")).toBe(false);
  });
});
