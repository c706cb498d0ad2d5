import type { FieldType } from '../../../shared/import/fields';

/**
 * A typed value as it will be stored, written for a person: amounts are stored in cents and
 * percentages in basis points, so both are shown back in the units the file used.
 */
export function formatTypedValue(value: string | number | boolean | null | undefined, type: FieldType): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' && type === 'money') return (value / 100).toFixed(2);
  if (typeof value === 'number' && type === 'percent') return `${value / 100} %`;
  return String(value);
}
