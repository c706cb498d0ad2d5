import { AppError } from '../../../shared/errors';

/** What each position of a keyset cursor holds; `number?` may be null. */
type KeysetKind = 'number' | 'string' | 'number?';
type KeysetValue<K extends KeysetKind> = K extends 'number' ? number : K extends 'string' ? string : number | null;

/** Where a page ended: the sort values of its last row, the id last. Opaque to the renderer. */
export function encodeKeyset(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeKeyset<const T extends readonly KeysetKind[]>(
  cursor: string,
  kinds: T,
): { [I in keyof T]: KeysetValue<T[I]> } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  const fits =
    Array.isArray(values) && values.length === kinds.length && kinds.every((kind, i) => fitsKind(values[i], kind));
  if (!fits) throw new AppError('VALIDATION', 'The list position is not valid; start from the first page.');
  return values as { [I in keyof T]: KeysetValue<T[I]> };
}

function fitsKind(value: unknown, kind: KeysetKind): boolean {
  if (kind === 'string') return typeof value === 'string';
  if (value === null) return kind === 'number?';
  return typeof value === 'number' && Number.isFinite(value);
}

/** Splits one row past the limit off a page and makes the cursor from the last row kept. */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
  position: (row: R) => readonly (string | number | null)[],
): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeKeyset(position(last)) : null,
  };
}
