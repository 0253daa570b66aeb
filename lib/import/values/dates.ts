/**
 * Reading a date cell: the forms offices type or Excel writes. Everything is normalised first
 * (NFKC: full-width digits and punctuation become ASCII; Chinese numerals become digits), then read
 * by the first form that matches. Only real calendar dates pass (2013-02-30 → null).
 *
 * Day and month written as numbers with the year last (01/05/2013, 5/1/2013) are ambiguous: the
 * order is day-first unless told otherwise (`order: "mdy"`), except that a first number above 12
 * can only be a day and a second number above 12 only a day. `guessDayMonthOrder` reads a
 * whole column to choose. Chinese offices write the year first (2013/5/1), which is never ambiguous.
 */
export type DatePrecision = "day" | "month" | "year";
export type ParsedDate = { iso: string; precision: DatePrecision };
export type DayMonthOrder = "dmy" | "mdy";

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const MONTHS: Record<string, number> = {};
[
  ["jan", "january"],
  ["feb", "february"],
  ["mar", "march"],
  ["apr", "april"],
  ["may"],
  ["jun", "june"],
  ["jul", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二〇一三" → "2013", "十二" → "12", "二十一" → "21". */
function chineseNumeral(run: string): string {
  const ten = run.indexOf("十");
  if (ten < 0) return [...run].map((ch) => CN_DIGITS[ch]).join("");
  const tens = ten === 0 ? 1 : (CN_DIGITS[run.slice(0, ten)] ?? 1);
  const ones = CN_DIGITS[run.slice(ten + 1)] ?? 0;
  return String(tens * 10 + ones);
}

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[〇零一二三四五六七八九十]+/g, chineseNumeral)
    .trim()
    .replace(/\s+/g, " ");
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, "0");

function make(year: number, month: number, day: number | null): ParsedDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day === null) return { iso: `${year}-${pad(month)}-01`, precision: "month" };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** Civil date of a day count from 1970-01-01 (Howard Hinnant's days_from_civil, inverted). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29), 25569 days before 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s?([-/.])\s?(\d{1,2})(?:\s?\2\s?(\d{1,2}))?\.?${TIME}$`, "i");
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4})${TIME}$`, "i");
const CJK = /^(\d{4})\s?[年년](?:\s?(\d{1,2})\s?[月월](?:\s?(\d{1,2})\s?[日号號일])?)?$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*)?(\d{4})$/i;
const SERIAL = /^(\d{5,6})(?:\.\d+)?$/;
const YEAR_ONLY = /^(?:FY\s?)?(\d{4})(?:\s?[年년]度?|\.0+)?$/i;

function fromSerial(serial: number): ParsedDate | null {
  if (serial < 10000 || serial > 120000) return null;
  const [y, m, d] = civilFromDays(serial - EXCEL_EPOCH_OFFSET);
  return make(y, m, d);
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/**
 * A date cell → ISO date and how precise it was: a year alone ("2013", "2013年") gives its 1 January
 * with precision "year", a month ("2013年5月", "May 2013", "2013-05") its first day with "month".
 * Excel serial numbers (5–6 digits, 10000–120000: 1927–2228) are read as dates. Null when the text
 * is not a date or not a real one.
 */
export function parseDate(text: string, order: DayMonthOrder = "dmy"): ParsedDate | null {
  const s = normalise(text);
  if (!s) return null;
  let m: RegExpMatchArray | null;
  if ((m = s.match(YEAR_ONLY))) return make(Number(m[1]), 1, 1) && { iso: `${m[1]}-01-01`, precision: "year" };
  if (SERIAL.test(s)) return fromSerial(Math.floor(Number(s)));
  if ((m = s.match(YEAR_FIRST))) return make(Number(m[1]), Number(m[3]), m[4] === undefined ? null : Number(m[4]));
  if ((m = s.match(CJK))) {
    if (m[2] === undefined) return make(Number(m[1]), 1, 1) && { iso: `${m[1]}-01-01`, precision: "year" };
    return make(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  }
  if ((m = s.match(YEAR_LAST))) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] === "." || a > 12 || (b <= 12 && order === "dmy");
    return dayFirst ? make(Number(m[4]), b, a) : make(Number(m[4]), a, b);
  }
  if ((m = s.match(DAY_MONTH_NAME))) {
    const month = monthOf(m[2]!);
    return month ? make(fullYear(m[3]!), month, Number(m[1])) : null;
  }
  if ((m = s.match(MONTH_NAME_DAY))) {
    const month = monthOf(m[1]!);
    return month ? make(Number(m[3]), month, m[2] === undefined ? null : Number(m[2])) : null;
  }
  return null;
}

/**
 * The day/month order of a column of dates written with the year last: "mdy" when some cell can only
 * be month-first (5/13/2013) and none only day-first (13/5/2013), else "dmy".
 */
export function guessDayMonthOrder(texts: readonly string[]): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = normalise(text).match(YEAR_LAST);
    if (!m || m[2] === ".") continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? "mdy" : "dmy";
}

/** A year cell → the year (1900–2200): "2016", "2016年", "2016年度", "FY2016", or any date of it (not a serial number). */
export function parseYear(text: string): number | null {
  const date = SERIAL.test(normalise(text)) ? null : parseDate(text);
  return date ? Number(date.iso.slice(0, 4)) : null;
}
