/**
 * Characters that make a spreadsheet read a cell as a formula (or, for TAB and CR, hide one
 * behind them): "=cmd|' /C calc'!A0" would run a program when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet shows as it is: a leading apostrophe turns a would-be formula into text. */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
