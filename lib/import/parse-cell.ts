import { cleanString, hasBidiControl, isWellFormedText } from "@/lib/validation/text";
import type { ImportField } from "./fields";
import type { RowProblem, ValueMap } from "./types";
import { parseCountry } from "./values/countries";
import { parseDate, parseYear } from "./values/dates";
import { parseDecimal, parseEnumWord, parseInteger, parsePurposes, parseYesNo, type EnumWordList } from "./values/enum-words";
import { parseProvince } from "./values/provinces";

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: RowProblem; unrecognised?: string };

const EMPTY: Parsed = { ok: true, value: null };

function fail(field: ImportField, key: string, values?: Record<string, string | number>, unrecognised?: string): Parsed {
  return { ok: false, problem: { field: field.key, key, values }, unrecognised };
}

function recognised(field: ImportField, raw: string, value: unknown): Parsed {
  return value === null || value === undefined ? fail(field, "unrecognised", { value: raw.slice(0, 80) }, raw) : { ok: true, value };
}

/**
 * One cell read as its field's type: text cleaned as every form cleans it, words, dates, countries and
 * provinces recognised in Chinese or English, or a value the user mapped by hand in the preview.
 * An empty cell is null; anything unreadable is a problem naming the field, never a throw.
 */
export function parseCell(field: ImportField, raw: string, valueMap: ValueMap): Parsed {
  if (!isWellFormedText(raw)) return fail(field, "brokenText");
  if (hasBidiControl(raw)) return fail(field, "bidiControl");
  const text = cleanString(raw, { multiLine: field.type === "longText" });
  if (text === "") return EMPTY;
  // A value mapped by hand is read by the same parser (a browser may send anything): "GB", "very_good", "2016".
  const mapped = valueMap[field.key]?.[text];
  if (mapped !== undefined)
    return mapped === text ? fail(field, "unrecognised", { value: text.slice(0, 80) }, text) : parseCell(field, mapped, {});
  switch (field.type) {
    case "text":
    case "longText":
      return field.maxLength && text.length > field.maxLength
        ? fail(field, "tooLong", { max: field.maxLength })
        : { ok: true, value: text };
    case "id": {
      const id = parseInteger(text);
      return id !== null && id > 0 ? { ok: true, value: id } : fail(field, "notAnId");
    }
    case "integer": {
      const n = parseInteger(text);
      return n !== null && n >= 0 && n <= 1_000_000 ? { ok: true, value: n } : fail(field, "notACount");
    }
    case "decimal": {
      const n = parseDecimal(text);
      return n === null ? fail(field, "notANumber") : { ok: true, value: n };
    }
    case "date":
      return recognised(field, text, parseDate(text)?.iso);
    case "year":
      return recognised(field, text, parseYear(text));
    case "country":
      return recognised(field, text, parseCountry(text));
    case "province":
      return recognised(field, text, parseProvince(text));
    case "yesNo":
      return recognised(field, text, parseYesNo(text));
    case "purposes": {
      const { values, unknown } = parsePurposes(text);
      return unknown.length > 0
        ? fail(field, "unrecognised", { value: unknown.join(", ").slice(0, 80) }, text)
        : { ok: true, value: values };
    }
    case "pairs":
      return text.length > 2000 ? fail(field, "tooLong", { max: 2000 }) : { ok: true, value: text };
    default:
      return recognised(field, text, parseEnumWord(field.type.slice("enum:".length) as EnumWordList, text));
  }
}
