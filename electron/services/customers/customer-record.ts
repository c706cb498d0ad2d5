import type Database from 'better-sqlite3';
import type { CustomerSummary } from '../../../shared/contract/customers';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** A customers row as services use it. */
export interface CustomerRecord extends CustomerSummary {
  uid: string;
  notes: string | null;
  homeStoreId: number | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The summary columns of customer `c`, named as RawSummary expects. */
export const SUMMARY_COLUMNS = `c."id", c."first_name" AS "firstName", c."last_name" AS "lastName", c."email", c."phone",
  c."marketing_consent" AS "marketingConsent", c."archived_at" AS "archivedAt"`;

export interface RawSummary {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  marketingConsent: number;
  archivedAt: string | null;
}

export function toSummary(row: RawSummary): CustomerSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    marketingConsent: row.marketingConsent === 1,
    archived: row.archivedAt !== null,
  };
}

export function requireCustomer(sql: Database.Database, id: number): CustomerRecord {
  const row = prepared(
    sql,
    `SELECT ${SUMMARY_COLUMNS}, c."uid", c."notes", c."home_store_id" AS "homeStoreId", c."created_at" AS "createdAt",
       c."updated_at" AS "updatedAt"
     FROM "customers" c WHERE c."id" = ?`,
  ).get(id) as (RawSummary & Omit<CustomerRecord, keyof CustomerSummary>) | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such customer.', { id });
  return { ...row, ...toSummary(row) };
}

/** A customer that may still change: archived ones (merged, anonymized or let go) are restored first. */
export function requireActiveCustomer(sql: Database.Database, id: number): CustomerRecord {
  const customer = requireCustomer(sql, id);
  if (customer.archivedAt !== null) {
    throw new AppError('CONFLICT', `${fullName(customer)} is archived; restore the customer first.`, { id });
  }
  return customer;
}

export function fullName(customer: { firstName: string; lastName: string }): string {
  return `${customer.firstName} ${customer.lastName}`;
}

/** A customer's store credit: the sum of their ledger entries (a trigger keeps it at or above zero). */
export function storeCreditBalance(sql: Database.Database, customerId: number): number {
  return prepared(sql, 'SELECT IFNULL(SUM("amount_cents"), 0) FROM "store_credit_entries" WHERE "customer_id" = ?')
    .pluck()
    .get(customerId) as number;
}

export function homeStoreName(sql: Database.Database, customer: CustomerRecord): string | null {
  if (customer.homeStoreId === null) return null;
  return prepared(sql, 'SELECT "name" FROM "stores" WHERE "id" = ?').pluck().get(customer.homeStoreId) as string;
}
