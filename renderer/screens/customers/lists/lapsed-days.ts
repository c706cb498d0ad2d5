import { MAX_LAPSED_DAYS } from '../../../../shared/contract/customers';
import { formatCount } from '../../../lib/format';

/**
 * The "No purchase for (days)" box read as a number of days, or what to type instead. The box
 * keeps what was typed, so a number the list cannot use is named rather than quietly replaced.
 */
export function readLapsedDays(value: number | string): { days: number } | { problem: string } {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LAPSED_DAYS) {
    return { days: value };
  }
  return { problem: `Enter a whole number of days from 1 to ${formatCount(MAX_LAPSED_DAYS)}` };
}
