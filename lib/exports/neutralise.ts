/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d{1,15}(\.\d{1,15})?$/;

/**
 * A text cell a spreadsheet will never evaluate: one that begins with =, +, -, @,
 * a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice treat as "this is text" and do not display.
 */
export function neutraliseCell(value: string): string {
  // A signed number ("+3.1", a rise) is only a number: nothing in it can call a function or a link.
  if (SIGNED_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
