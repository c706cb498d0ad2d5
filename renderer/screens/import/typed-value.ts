import type { FieldType } from '../../../shared/import/fields';
import { money } from '../../components/inventory/money';
import { formatCalendarDay, formatDateTime } from '../../lib/format';
import { formatPercentBp } from '../orders/till/discount-text';

/**
 * A typed value as it will be stored, written for a person in their locale, as the screens show
 * it once stored: amounts (stored in cents) as money, percentages (in basis points) as
 * percentages, dates and times as dates.
 */
export function formatTypedValue(value: string | number | boolean | null | undefined, type: FieldType): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' && type === 'money') return money(value);
  if (typeof value === 'number' && type === 'percent') return formatPercentBp(value);
  if (typeof value === 'string' && type === 'date') return formatCalendarDay(value) || value;
  if (typeof value === 'string' && type === 'datetime') return formatDateTime(value) || value;
  return String(value);
}
