import { AppError } from '../../../shared/errors';
import { decodeCursor } from '../catalog/keyset-cursor';

export const INVALID_POSITION = 'The list position is not valid; start from the first page.';

/** Where a page ended, for orders whose key is text (a timestamp); refused when the cursor's is not. */
export function textPosition(cursor: string, order: string): { value: string; id: number } {
  const { value, id } = decodeCursor(cursor, order);
  if (typeof value !== 'string') throw new AppError('VALIDATION', INVALID_POSITION);
  return { value, id };
}

/** Where a page ended, for orders whose key is a number (days, cents). */
export function numberPosition(cursor: string, order: string): { value: number; id: number } {
  const { value, id } = decodeCursor(cursor, order);
  if (typeof value !== 'number') throw new AppError('VALIDATION', INVALID_POSITION);
  return { value, id };
}
