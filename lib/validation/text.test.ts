import { describe, expect, it } from "vitest";
import { cleanString, cleanText, multiLineText } from "./text";

const title = cleanText(200).min(1);
const notes = multiLineText(2000);

function outcome(schema: typeof title, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? `ok:${JSON.stringify(result.data)}` : result.error.issues[0]!.message;
}

describe("cleanText: hostile single-line text", () => {
  it.each([
    // Shown in another order than stored: refused, with a message saying why.
    ["\u202Eevil", "validation.bidiControl"],
    ["abc\u202Dfdp.exe", "validation.bidiControl"],
    ["\u2066isolated\u2069", "validation.bidiControl"],
    ["\u202Aembedded\u202C", "validation.bidiControl"],
    // Nothing visible is nothing at all.
    ["\u200B\u200B", "validation.required"],
    ["\uFEFF \u00A0\u3000\u2060", "validation.required"],
    ["\u3164", "validation.required"],
    ["   ", "validation.required"],
    ["", "validation.required"],
    // Cannot be stored faithfully.
    ["\uD800", "validation.brokenCharacter"],
    ["a\uDC00b", "validation.brokenCharacter"],
    ["\uDBFFend", "validation.brokenCharacter"],
    // Controls go; line breaks and tabs become spaces in one line.
    ["a\u0000b", 'ok:"ab"'],
    ["bell\u0007\u001B[31m red", 'ok:"bell[31m red"'],
    ["c1\u0085\u009Bcontrol", 'ok:"c1 control"'],
    ["line\r\nbreak\tand tab", 'ok:"line break and tab"'],
    ["\u200B padded title \u200D\u200B", 'ok:"padded title"'],
    // Kept: they are data, made harmless where they are used (React escapes, SQL is parameterised,
    // exports neutralise formula prefixes).
    ["<script>alert(1)</script>", 'ok:"<script>alert(1)</script>"'],
    ["=cmd|' /C calc'!A0", `ok:"=cmd|' /C calc'!A0"`],
    ["' OR 1=1 --", `ok:"' OR 1=1 --"`],
    // Real text survives: joiners inside words and emoji, combining marks (normalised to NFC).
    ["👩\u200D💻 team", 'ok:"👩\u200D💻 team"'],
    ["Cafe\u0301", 'ok:"Café"'],
    ["天津 · Tianjin", 'ok:"天津 · Tianjin"'],
    ["تل\u200Cأبيب", 'ok:"تل\u200Cأبيب"'],
    // Not text at all.
    [null, "validation.required"],
    [42, "validation.invalidType"],
    [["a"], "validation.invalidType"],
  ])("%j → %s", (input, expected) => {
    expect(outcome(title, input)).toBe(expected);
  });

  it("refuses a megabyte at once as too long, without cleaning it", () => {
    const started = performance.now();
    expect(outcome(title, "x".repeat(1_000_000))).toBe('validation.tooLong|{"n":200}');
    expect(outcome(title, `a${" ".repeat(799)}b`)).toBe('validation.tooLong|{"n":200}');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("counts the limit after cleaning", () => {
    expect(outcome(title, `\u200B${"a".repeat(200)}\u200B`)).toBe(`ok:"${"a".repeat(200)}"`);
    expect(outcome(title, "a".repeat(201))).toBe('validation.tooLong|{"n":200}');
  });

  it("cleans a long run of spaces inside a text quickly (no backtracking trim)", () => {
    const started = performance.now();
    cleanString(`a${" ".repeat(200_000)}b`);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("is idempotent: the form's output parses again to itself (the action parses once more)", () => {
    const once = title.parse(" \u200BCafe\u0301\u0000 \t x ");
    expect(title.parse(once)).toBe(once);
  });
});

describe("multiLineText", () => {
  it.each([
    ["first\r\nsecond\rthird\u2028fourth", "first\nsecond\nthird\nfourth"],
    ["\n\n  indented\n\tcode\n\n", "indented\n\tcode"],
    ["a\u0000\u0008b", "ab"],
    ["page\u000Cfeed", "page\nfeed"],
    ["\u200B\n\u200B", ""],
  ])("%j → %j", (input, expected) => {
    expect(notes.parse(input)).toBe(expected);
  });

  it("refuses the same hidden direction characters", () => {
    expect(outcome(notes as unknown as typeof title, "ok\n\u202Eevil")).toBe("validation.bidiControl");
  });
});
