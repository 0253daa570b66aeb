/**
 * What an attacker (or a broken client) sends instead of a form: wrong types,
 * empty and oversized values, markup, SQL, spreadsheet formulas and invalid
 * or deceptive Unicode. Server actions can be called with any serialisable
 * arguments, so each of these reaches them as a whole input and as each field.
 */
const MB = "x".repeat(1024 * 1024);
const deep: unknown[] = [];
let cursor = deep;
for (let i = 0; i < 200; i++) {
  const next: unknown[] = [];
  cursor.push(next);
  cursor = next;
}

/** Each value, and whether a number field must refuse it (empty values mean "none" for an optional number; digits are how forms send numbers). */
export const HOSTILE_VALUES: readonly (readonly [label: string, value: unknown, notANumber: boolean])[] = [
  ["undefined", undefined, false],
  ["null", null, false],
  ["an empty array", [], true],
  ["an empty object", {}, true],
  ["true", true, true],
  ["NaN", Number.NaN, true],
  ["-1", -1, false],
  ["a number too large", 1e308, false],
  ["a fraction", 1.5, false],
  ["a hex number as text", "0x10", true],
  ["a number as text", "12", false],
  ["an empty string", "", false],
  ["a script tag", "<script>alert(1)</script>", true],
  ["an SQL fragment", "' OR 1=1 --", true],
  ["a spreadsheet formula", "=cmd|' /C calc'!A0", true],
  ["a 1 MB string", MB, true],
  ["a lone surrogate", "\uD800", true],
  ["a bidi override", "\u202Eexe.txt", true],
  ["a NUL", "a\u0000b", true],
  ["only zero-width characters", "\u200B\u200C\u200D", true],
  ["a prototype key", JSON.parse('{"__proto__": {"polluted": true}}'), true],
  ["200 nested arrays", deep, true],
];

/** The same, as they arrive in a URL or a form field (text only), percent-encoded where a URL needs it. */
export const HOSTILE_TEXTS: readonly (readonly [label: string, raw: string])[] = [
  ["an empty value", ""],
  ["a hex number", "0x10"],
  ["a negative number", "-1"],
  ["a number too large", "1e9999"],
  ["a script tag", encodeURIComponent("<script>alert(1)</script>")],
  ["an SQL fragment", encodeURIComponent("' OR 1=1 --")],
  ["a spreadsheet formula", encodeURIComponent("=cmd|' /C calc'!A0")],
  ["a path", encodeURIComponent("../../etc/passwd")],
  ["a 1 MB value", "x".repeat(1024 * 1024)],
  ["an invalid UTF-8 sequence (lone surrogate)", "%ED%A0%80"],
  ["a bidi override", encodeURIComponent("\u202Eexe.txt")],
  ["a NUL", "a%00b"],
  ["a malformed escape", "%E0%A4%A"],
];
