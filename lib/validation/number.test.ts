import { describe, expect, it } from "vitest";
import { intFromForm, optionalIntFromForm } from "./number";

function outcome(
  schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } } },
  value: unknown,
): unknown {
  const result = schema.safeParse(value);
  return result.success ? result.data : result.error.issues[0]!.message;
}

describe("intFromForm", () => {
  const count = intFromForm(0, 1_000_000);

  it.each([
    // What JavaScript (and z.coerce) would also read as a number: refused.
    ["0x10", "validation.wholeNumber"],
    ["0b11", "validation.wholeNumber"],
    ["1e3", "validation.wholeNumber"],
    ["1_000", "validation.wholeNumber"],
    ["1,000", "validation.wholeNumber"],
    ["12.0", "validation.wholeNumber"],
    ["+5", "validation.wholeNumber"],
    ["１２", "validation.wholeNumber"],
    ["Infinity", "validation.wholeNumber"],
    ["", "validation.wholeNumber"],
    ["  ", "validation.wholeNumber"],
    [[], "validation.wholeNumber"],
    [[5], "validation.wholeNumber"],
    [true, "validation.wholeNumber"],
    [false, "validation.wholeNumber"],
    [{}, "validation.wholeNumber"],
    [1.5, "validation.wholeNumber"],
    [Number.NaN, "validation.wholeNumber"],
    [Number.POSITIVE_INFINITY, "validation.wholeNumber"],
    [null, "validation.required"],
    [undefined, "validation.required"],
    // Out of range: said as such.
    [-1, 'validation.tooSmall|{"n":0}'],
    ["-1", 'validation.tooSmall|{"n":0}'],
    [1_000_001, 'validation.tooBig|{"n":1000000}'],
    ["99999999999999999999", 'validation.tooBig|{"n":1000000}'],
    ["9".repeat(1_000_000), "validation.wholeNumber"],
    // Whole numbers, as typed or as numbers.
    [" 12 ", 12],
    ["12", 12],
    ["007", 7],
    [0, 0],
    ["0", 0],
    [12, 12],
  ])("%j → %j", (input, expected) => {
    expect(outcome(count, input)).toEqual(expected);
  });
});

describe("optionalIntFromForm", () => {
  const participants = optionalIntFromForm(0, 100);

  it.each([
    ["", null],
    ["   ", null],
    [null, null],
    [undefined, null],
    ["5", 5],
    [5, 5],
    ["0x10", "validation.wholeNumber"],
    ["1e3", "validation.wholeNumber"],
    [[], "validation.wholeNumber"],
    [true, "validation.wholeNumber"],
    [1.5, "validation.wholeNumber"],
    [101, 'validation.tooBig|{"n":100}'],
  ])("%j → %j", (input, expected) => {
    expect(outcome(participants, input)).toEqual(expected);
  });
});
