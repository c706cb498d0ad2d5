import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { requireActiveCustomer } from './customer-record';

/** One product contact a clerk saw: a look, a basket, a rating. Purchases are recorded by the sale. */
export function recordInteraction(
  sql: Database.Database,
  now: Date,
  input: CustomersInput<'customers.recordInteraction'>,
): ChannelOutput<'customers.recordInteraction'> {
  requireActiveCustomer(sql, input.customerId);
  if (prepared(sql, 'SELECT 1 FROM "products" WHERE "id" = ?').pluck().get(input.productId) === undefined) {
    throw new AppError('NOT_FOUND', 'There is no such product.', { field: 'productId' });
  }
  const occurredAt = now.toISOString();
  const rating = input.rating ?? null;
  const result = prepared(
    sql,
    `INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "rating", "occurred_at")
     VALUES (?, ?, ?, ?, ?)`,
  ).run(input.customerId, input.productId, input.kind, rating, occurredAt);
  return {
    id: Number(result.lastInsertRowid),
    customerId: input.customerId,
    productId: input.productId,
    kind: input.kind,
    rating,
    occurredAt,
  };
}
