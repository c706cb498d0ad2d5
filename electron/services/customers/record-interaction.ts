import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { recordInteractionPairs } from '../recommendations/interaction-pairs';
import type { CustomersInput } from './channel-input';
import { requireActiveCustomer } from './customer-record';

/**
 * A look or a cart again within this time is the same interest, not a new one: a page reloaded
 * or a button pressed twice answers the interaction already recorded, and scores stay as they were.
 */
const REPEAT_WINDOW_MS = 10 * 60_000;

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
  if (input.kind !== 'rated') {
    const repeated = prepared(
      sql,
      `SELECT "id", "occurred_at" AS "occurredAt" FROM "customer_interactions"
       WHERE "customer_id" = ? AND "product_id" = ? AND "kind" = ? AND "order_id" IS NULL AND "occurred_at" > ?
       ORDER BY "occurred_at" DESC LIMIT 1`,
    ).get(input.customerId, input.productId, input.kind, new Date(now.getTime() - REPEAT_WINDOW_MS).toISOString()) as
      { id: number; occurredAt: string } | undefined;
    if (repeated)
      return { ...repeated, customerId: input.customerId, productId: input.productId, kind: input.kind, rating };
  }
  const result = prepared(
    sql,
    `INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "rating", "occurred_at")
     VALUES (?, ?, ?, ?, ?)`,
  ).run(input.customerId, input.productId, input.kind, rating, occurredAt);
  const interaction = {
    id: Number(result.lastInsertRowid),
    customerId: input.customerId,
    productId: input.productId,
    kind: input.kind,
    rating,
    occurredAt,
  };
  recordInteractionPairs(sql, { ...interaction, orderId: null });
  return interaction;
}
