import { AppError } from '../../../shared/errors';

/** Where a page ended: the sort value and id of its last row. Opaque to the renderer. */
export interface KeysetPosition {
  value: string | number | null;
  id: number;
}

/**
 * The cursor names the order it belongs to, so a cursor from one order (a name, say) is never
 * compared with the keys of another (a relevance score).
 */
export function encodeCursor(position: KeysetPosition, order: string): string {
  return Buffer.from(JSON.stringify([position.value, position.id, order])).toString('base64url');
}

export function decodeCursor(cursor: string, order: string): KeysetPosition {
  try {
    const [value, id, cursorOrder] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const validValue = value === null || typeof value === 'string' || typeof value === 'number';
    if (validValue && typeof id === 'number' && Number.isSafeInteger(id) && cursorOrder === order) return { value, id };
  } catch {
    // Falls through to the same answer as a well-formed but meaningless cursor.
  }
  throw new AppError('VALIDATION', 'The list position is not valid; start from the first page.');
}
