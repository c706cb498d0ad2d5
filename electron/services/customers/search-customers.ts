import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { customerMatchQuery } from './customer-match';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';
import { readPhoneCountry } from './phone-country';

/**
 * FTS5 hands back matches in rowid (signup) order and stops as soon as the page is full, so
 * one typed letter matching a third of all customers costs what a full name does.
 */
const MATCHES = `
  SELECT ${SUMMARY_COLUMNS}
  FROM "customer_search" cs JOIN "customers" c ON c."id" = cs."rowid"
  WHERE "customer_search" MATCH @match AND c."archived_at" IS NULL
  ORDER BY cs."rowid"
  LIMIT @limit`;

/** Quick matches for attaching a customer at the till. */
export function searchCustomers(
  sql: Database.Database,
  input: CustomersInput<'customers.search'>,
): ChannelOutput<'customers.search'> {
  const match = customerMatchQuery(input.query, readPhoneCountry(sql));
  if (match === null) return { items: [] };
  const rows = prepared(sql, MATCHES).all({ match, limit: input.limit }) as RawSummary[];
  return { items: rows.map(toSummary) };
}
