import type { ImportRow, RowProblem } from '../writer';
import { textOf } from './row-guard';

/**
 * A phone as the customer screens store it: digits with an optional leading +, so one number has
 * one spelling and matching means something. Null for no phone; a problem (by the field's key) for
 * what is not one.
 */
export function normalizePhone(row: ImportRow): { phone: string | null } | RowProblem {
  const typed = textOf(row.values, 'phone');
  if (typed === null) return { phone: null };
  const phone = typed.replace(/[\s().-]/g, '');
  if (!/^\+?\d{7,15}$/.test(phone)) {
    return {
      rowNumber: row.rowNumber,
      column: 'phone',
      value: typed,
      reason: 'must have 7 to 15 digits (spaces, dashes, brackets and a leading + are fine)',
    };
  }
  return { phone };
}
