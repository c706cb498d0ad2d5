import type Database from 'better-sqlite3';
import { isAnonymized } from '../../../shared/contract/customers';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { requireCustomer } from './customer-record';

/**
 * Archives or restores a customer; returns whether anything changed (doing it twice is no
 * error). An archived customer leaves the segments at once rather than at the next recompute,
 * so segment counts and lists agree; a restored one is scored again by the next recompute. An
 * anonymized customer is no one any more and is never restored.
 */
export function setCustomerArchived(sql: Database.Database, now: Date, id: number, archived: boolean): boolean {
  const customer = requireCustomer(sql, id);
  if (customer.archived === archived) return false;
  if (isAnonymized(customer)) {
    throw new AppError('CONFLICT', 'An anonymized customer stays archived: nothing of the person is left to restore.', {
      id,
    });
  }
  prepared(sql, 'UPDATE "customers" SET "archived_at" = @archivedAt, "updated_at" = @now WHERE "id" = @id').run({
    id,
    archivedAt: archived ? now.toISOString() : null,
    now: now.toISOString(),
  });
  if (archived) forgetSegment(sql, id);
  return true;
}

export function forgetSegment(sql: Database.Database, customerId: number): void {
  prepared(sql, 'DELETE FROM "customer_segments" WHERE "customer_id" = ?').run(customerId);
}
