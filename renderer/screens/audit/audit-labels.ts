import type { AuditResultName } from '../../../shared/contract/audit';
import { money } from '../../components/inventory/money';

export const RESULT_LABELS: Record<AuditResultName, string> = {
  ok: 'Done',
  error: 'Failed',
  forbidden: 'Refused',
  unauthenticated: 'Not logged in',
};

export const RESULT_COLORS: Record<AuditResultName, string> = {
  ok: 'teal',
  error: 'red',
  forbidden: 'orange',
  unauthenticated: 'gray',
};

/** `window:2` → "Window 2", `browser:1a2b3c4d` → "Browser 1a2b3c4d", `job:12` → "Job 12". */
export function originLabel(origin: string | null): string {
  if (origin === null) return 'Not recorded';
  const [kind, id] = origin.split(':', 2);
  const names: Record<string, string> = { window: 'Window', browser: 'Browser', job: 'Job', cli: 'Command line' };
  const name = names[kind ?? ''] ?? origin;
  return id ? `${name} ${id}` : name;
}

/** `priceCents` → "Price", `timeZone` → "Time zone". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/Cents$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value of an edited field as a person reads it: amounts as money, empty for none, the rest as JSON. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (field.endsWith('Cents') && typeof value === 'number') return money(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** `details.changes` when the row is an edit that recorded old and new values. */
export function changesOf(details: Record<string, unknown> | null): [string, { from: unknown; to: unknown }][] {
  const changes = details?.changes;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).filter(
    (entry): entry is [string, { from: unknown; to: unknown }] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'from' in entry[1] && 'to' in entry[1],
  );
}

/** The details other than the changes, in one short line. */
export function otherDetails(details: Record<string, unknown> | null): string {
  if (!details) return '';
  const { changes: _changes, ...rest } = details;
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : '';
}
