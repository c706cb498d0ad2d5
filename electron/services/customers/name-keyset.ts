import { AppError } from '../../../shared/errors';
import { decodeCursor, encodeCursor } from '../catalog/keyset-cursor';
import { INVALID_POSITION } from './keyset-positions';

const ORDER = 'name';

/** A→Z by last name, then first name (both NOCASE), then id: exactly IDX_customers_name. */
export const NAME_ORDER = 'c."last_name", c."first_name", c."id"';
export const AFTER_NAME = '(c."last_name", c."first_name", c."id") > (@afterLast, @afterFirst, @afterId)';

/** The cursor after this row: both names ride in the cursor's one value, as a JSON pair. */
export function nameCursor(row: { id: number; lastName: string; firstName: string }): string {
  return encodeCursor({ value: JSON.stringify([row.lastName, row.firstName]), id: row.id }, ORDER);
}

/** The parameters AFTER_NAME binds, from a cursor nameCursor made. */
export function afterName(cursor: string): { afterLast: string; afterFirst: string; afterId: number } {
  const position = decodeCursor(cursor, ORDER);
  const names: unknown = typeof position.value === 'string' ? parseJson(position.value) : null;
  if (!Array.isArray(names) || names.length !== 2 || !names.every((name) => typeof name === 'string')) {
    throw new AppError('VALIDATION', INVALID_POSITION);
  }
  return { afterLast: names[0] as string, afterFirst: names[1] as string, afterId: position.id };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
