import { MAX_LINE_QUANTITY } from '../../../../shared/contract';
import { formatCount } from '../../../lib/format';

/** A count line's box: a count, nothing yet (''), or `typed` text that is not a count. */
export interface CountEntry {
  counted: number | '';
  typed?: string;
}

/**
 * What a count box's text means for its line: a count, nothing yet, or text that is not a count,
 * which is kept as typed rather than changed into some other number.
 */
export function countEntry(text: string): CountEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { counted: '' };
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= MAX_LINE_QUANTITY) return { counted: Number(trimmed) };
  return { counted: '', typed: text };
}

/** Why a line's typed text is not a count, in words that say what to type instead. */
export function entryProblem(line: { typed?: string }): string | null {
  if (line.typed === undefined) return null;
  const trimmed = line.typed.trim();
  if (/^[-−]/.test(trimmed)) return 'A count cannot be below 0';
  if (/^\d+$/.test(trimmed)) return `Count at most ${formatCount(MAX_LINE_QUANTITY)}`;
  return 'Enter a whole number';
}

/** A surplus or shortfall this large is more often a slip of the finger than stock found or lost. */
export const UNUSUAL_UNITS = 1_000;
const UNUSUAL_FACTOR = 10;

/**
 * A difference worth a second look before it is booked: more than 1,000 units, or more than ten
 * times the stock expected.
 */
export function isUnusualDifference(expected: number, counted: number): boolean {
  const difference = Math.abs(counted - expected);
  return difference > UNUSUAL_UNITS || (expected > 0 && difference > UNUSUAL_FACTOR * expected);
}
