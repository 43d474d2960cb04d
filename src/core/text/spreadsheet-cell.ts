/**
 * Text cells of the CSV files Galley writes, made safe to open in Excel or WPS: a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula (and a
 * formula such as `=cmd|' /C calc'!A0` can run a program), so it gets a leading apostrophe,
 * which spreadsheets show as text. Cells that already start with apostrophes before such a
 * character get one more, so reading back (`fromSpreadsheetCell`) always returns the original.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_START = /^'+[=+\-@\t\r]/;

/** `text` as a CSV cell a spreadsheet shows as text, never runs (quote it as usual after). */
export function spreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a cell written by `spreadsheetCell` (other cells are returned as they are). */
export function fromSpreadsheetCell(cell: string): string {
  return ESCAPED_START.test(cell) ? cell.slice(1) : cell;
}
