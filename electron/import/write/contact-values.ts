import type { PhoneCountry } from '../../../shared/contract/customers';
import { toStoredPhone } from '../../../shared/phone';
import type { ImportRow, RowProblem } from '../writer';
import { textOf } from './row-guard';

/**
 * A phone as the customer screens store it (toStoredPhone), so one number has one spelling and
 * matching means something. Null for no phone; a problem (by the field's key) for what is not one.
 */
export function storedPhone(row: ImportRow, country: PhoneCountry | null): { phone: string | null } | RowProblem {
  const typed = textOf(row.values, 'phone');
  if (typed === null) return { phone: null };
  const stored = toStoredPhone(typed, country);
  if ('phone' in stored) return stored;
  return {
    rowNumber: row.rowNumber,
    column: 'phone',
    value: typed,
    reason: 'must have 7 to 15 digits (spaces, dashes, brackets and a leading + are fine)',
  };
}
