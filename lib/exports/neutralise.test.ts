import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./neutralise";

describe("neutraliseCell", () => {
  it.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it.each(["Kobe", "神戸市", "", " =not at start", "'already", "+3.1", "-2"])("leaves %j alone", (v) => {
    expect(neutraliseCell(v)).toBe(v);
  });
});
