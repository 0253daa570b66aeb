/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will never evaluate: one that begins with =, +, -, @,
 * a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice treat as "this is text" and do not display.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
