/**
 * Reading what a person types into a number box. Mantine hands over a number, or the text (with
 * "." for a decimal mark, whichever mark was typed) while it is not a plain number yet: "8.",
 * "007", "12.50". Nothing typed is dropped or read as another number.
 */

/** The decimal mark of `locale` ("," in German), so boxes show decimals as receipts do. */
export function decimalSeparatorOf(locale?: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** Said at a box for whole numbers (quantities, counts, days) that holds a fraction. */
export const WHOLE_NUMBERS_ONLY = 'Whole numbers only';

/** The person's decimal mark, read once. */
export const DECIMAL_SEPARATOR = decimalSeparatorOf();

/** '' for an empty box; the number typed ("8." on the way to 8.25 is 8); NaN for what is not a number. */
export function readDecimal(typed: number | string): number | '' {
  if (typeof typed === 'number') return typed;
  if (typed.trim() === '') return '';
  return /^-?\d*\.?\d*$/.test(typed.trim()) && /\d/.test(typed) ? Number(typed) : Number.NaN;
}

/** '' for an empty box; the whole number typed; NaN for anything else, a fraction (12.5, 12.0) included. */
export function readWholeNumber(typed: number | string): number | '' {
  if (typeof typed === 'number') return Number.isSafeInteger(typed) ? typed : Number.NaN;
  if (typed.trim() === '') return '';
  return /^-?\d+$/.test(typed.trim()) && Number.isSafeInteger(Number(typed)) ? Number(typed) : Number.NaN;
}

/** A box's value that is a number: neither empty ('') nor unreadable (NaN). */
export function isNumber(value: number | ''): value is number {
  return value !== '' && !Number.isNaN(value);
}
