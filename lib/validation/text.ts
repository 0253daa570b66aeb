import { z } from "./zod";

/**
 * Text as people meant it, in one place for every form (browser and server alike: no Node APIs).
 * Refused, with a message: a broken character (a lone UTF-16 surrogate, which no database or file
 * format can store faithfully) and the bidirectional overrides, embeddings and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make text display in another order than it is stored
 * ("Trojan Source", spoofed names in lists and exports). Cleaned silently: Unicode NFC, control
 * characters (NUL, C0, C1) removed, line breaks and tabs kept only in multi-line text, and
 * whitespace and invisible characters trimmed from both ends, so a text made only of invisible
 * characters is empty (and so refused where the field is required).
 */

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Characters that draw nothing: soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
 * fillers, Khmer inherent vowels, Mongolian vowel separator, zero-width space/joiners and
 * direction marks, word joiner and invisible operators, deprecated format characters, byte-order
 * mark. Removed only at the ends: inside a text, joiners shape scripts and emoji.
 */
const INVISIBLE =
  "\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u2060-\\u2064\\u206A-\\u206F\\u3164\\uFEFF\\uFFA0";
const EDGE_CHARACTER = new RegExp(`[\\s${INVISIBLE}]`);
const LINE_BREAKS = /\r\n?|[\n\u000B\u000C\u0085\u2028\u2029]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const CONTROL_EXCEPT_LINE_BREAK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** The cleaning of a well-formed text (see the file's comment); pure, for tests and other parsers. */
export function cleanString(value: string, { multiLine = false }: { multiLine?: boolean } = {}): string {
  const normalised = value.normalize("NFC");
  const text = multiLine
    ? normalised.replace(LINE_BREAKS, "\n").replace(CONTROL_EXCEPT_LINE_BREAK, "")
    : normalised.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROL, "");
  return trimEdges(text);
}

/** Whitespace and invisible characters off both ends, by a scan (a regex anchored at the end backtracks quadratically). */
function trimEdges(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && EDGE_CHARACTER.test(value[start]!)) start += 1;
  while (end > start && EDGE_CHARACTER.test(value[end - 1]!)) end -= 1;
  return value.slice(start, end);
}

function text(max: number, multiLine: boolean) {
  return (
    z
      .string()
      // Spares the cleaning of a megabyte that could never fit: such a text is simply too long.
      .refine((v) => v.length <= max * 4 + 256, { message: `validation.tooLong|${JSON.stringify({ n: max })}`, abort: true })
      .refine(isWellFormedText, { message: "validation.brokenCharacter", abort: true })
      .refine((v) => !hasBidiControl(v), { message: "validation.bidiControl", abort: true })
      .overwrite((v) => cleanString(v, { multiLine }))
      .max(max)
  );
}

/** One line of text (a name, a title): line breaks and tabs become spaces. Chain `.min(1)` to require it. */
export const cleanText = (max: number) => text(max, false);

/** Several lines (notes, a description): line breaks (as \n) and tabs are kept. */
export const multiLineText = (max: number) => text(max, true);
