import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

const FIELD_LABELS = { email: 'email address', phone: 'phone number' } as const;

/**
 * Email (compared without regard to case: the column is NOCASE) and phone each belong to one
 * customer. Checked before writing so the answer names the field and the customer who has it;
 * the UNIQUE constraints stay as the last word.
 */
export function requireFreeContact(
  sql: Database.Database,
  contact: { email?: string | null; phone?: string | null },
  exceptId: number | null,
): void {
  for (const field of ['email', 'phone'] as const) {
    const value = contact[field];
    if (value === null || value === undefined) continue;
    const holder = prepared(sql, `SELECT "id" FROM "customers" WHERE "${field}" = ? AND "id" IS NOT ?`)
      .pluck()
      .get(value, exceptId) as number | undefined;
    if (holder !== undefined) {
      throw new AppError('CONFLICT', `Another customer already has this ${FIELD_LABELS[field]}.`, {
        field,
        customerId: holder,
      });
    }
  }
}

export function requireStore(sql: Database.Database, storeId: number): void {
  const found = prepared(sql, 'SELECT 1 FROM "stores" WHERE "id" = ?').pluck().get(storeId);
  if (found === undefined) throw new AppError('NOT_FOUND', 'There is no such store.', { field: 'homeStoreId' });
}
