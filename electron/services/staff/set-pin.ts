import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { hashPassword } from '../auth/password';

/**
 * Sets (hashed like a password) or clears a member's PIN; either way its failure count and lockout
 * start afresh. Who may do it is the caller's to check first.
 */
export async function writePin(sql: Database.Database, staffId: number, pin: string | null, now: Date): Promise<void> {
  const result = prepared(
    sql,
    `UPDATE "staff_members" SET "pin_hash" = ?, "pin_failed_count" = 0, "pin_locked_until" = NULL, "updated_at" = ?
     WHERE "id" = ?`,
  ).run(pin === null ? null : await hashPassword(pin), now.toISOString(), staffId);
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'That staff member does not exist.');
}
