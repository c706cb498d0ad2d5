import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { isStandingSale } from '../sales/sale-sql';
import type { HistoryEvent } from './ranking-types';

/** The most recent signals a customer's suggestions read; older ones have decayed to little. */
const PURCHASE_LINES = 1000;
const OTHER_EVENTS = 500;

/**
 * A customer's signals: the products of their purchases (standing sales, shared/sales.ts rule 5:
 * a cancelled or unpaid order is no purchase), and the views, carts and ratings recorded for them.
 * Purchases imported as interactions without an order count as purchases too; those recorded
 * with an order are the order's own lines, already read. The events are read from an index that
 * holds every column needed (migration 0025): a heavy browser's 500 latest events are a few pages
 * of it, where the table scatters them a page each among every other customer's.
 */
export function customerHistory(sql: Database.Database, customerId: number): HistoryEvent[] {
  const purchases = prepared(
    sql,
    `SELECT l."product_id" AS "productId", o."placed_at" AS "at" FROM "orders" o
     JOIN "order_lines" l ON l."order_id" = o."id"
     WHERE o."customer_id" = ? AND ${isStandingSale('o')}
     ORDER BY o."placed_at" DESC LIMIT ${PURCHASE_LINES}`,
  ).all(customerId) as { productId: number; at: string }[];
  const others = prepared(
    sql,
    `SELECT "product_id" AS "productId", "kind", "rating", "occurred_at" AS "at"
     FROM "customer_interactions" INDEXED BY "IDX_customer_interactions_history"
     WHERE "customer_id" = ? AND ("kind" <> 'bought' OR "order_id" IS NULL)
     ORDER BY "occurred_at" DESC LIMIT ${OTHER_EVENTS}`,
  ).all(customerId) as { productId: number; kind: HistoryEvent['kind']; rating: number | null; at: string }[];
  return [
    ...purchases.map((row) => ({
      productId: row.productId,
      kind: 'bought' as const,
      atMs: Date.parse(row.at),
      rating: null,
    })),
    ...others.map((row) => ({
      productId: row.productId,
      kind: row.kind,
      atMs: Date.parse(row.at),
      rating: row.rating,
    })),
  ];
}
