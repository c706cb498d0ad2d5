import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

export interface SaleCustomer {
  id: number;
  name: string;
}

/** The customer an order is for: NOT_FOUND when unknown, VALIDATION when archived. */
export function requireCustomer(sql: Database.Database, customerId: number): SaleCustomer {
  const row = prepared(
    sql,
    `SELECT "id", "first_name" || ' ' || "last_name" AS "name", "archived_at" FROM "customers" WHERE "id" = ?`,
  ).get(customerId) as { id: number; name: string; archived_at: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That customer does not exist.', { customerId });
  if (row.archived_at !== null) {
    throw new AppError('VALIDATION', `${row.name} is archived; restore the customer first.`, { customerId });
  }
  return { id: row.id, name: row.name };
}

/** The customer's store credit: the sum of their ledger (kept at or above zero by a trigger). */
export function storeCreditBalance(sql: Database.Database, customerId: number): number {
  const row = prepared(
    sql,
    'SELECT IFNULL(SUM("amount_cents"), 0) AS "balance" FROM "store_credit_entries" WHERE "customer_id" = ?',
  ).get(customerId) as { balance: number };
  return row.balance;
}
