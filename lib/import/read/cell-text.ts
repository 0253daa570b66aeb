/** Plain digits: no exponent, no grouping, at most 15 significant digits (so 0.1 + 0.2 reads "0.3"). */
const PLAIN_NUMBER = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15 });

/** A spreadsheet number as a person typed it: 2013 → "2013", 0.5 → "0.5", 1e21 → "1000000000000000000000". */
export function numberText(value: number): string {
  return Number.isFinite(value) ? PLAIN_NUMBER.format(value) : String(value);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A calendar date as YYYY-MM-DD from its year, month (1-12) and day. */
export function isoDateText(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A spreadsheet date (a Date whose UTC parts are the cell's date) as YYYY-MM-DD. */
export function dateText(value: Date): string {
  return Number.isNaN(value.getTime()) ? "" : isoDateText(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

export const booleanText = (value: boolean): string => (value ? "TRUE" : "FALSE");
