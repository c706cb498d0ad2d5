import type Database from 'better-sqlite3';
import { SALE_STATUSES } from '../../../shared/sales';
import { prepared } from '../../../database/prepared';
import { basketContribution } from './basket-pairs';

/**
 * Adds one new sale's basket to the item tables, in the transaction that made it a sale (placed
 * paid, or paid later): each product's popularity and each pair of its products. A basket of n
 * products is n + n(n − 1) upserts on primary keys. Returns and cancellations are not taken back
 * here; the next rebuild counts standing sales only.
 */
export function recordSaleBasket(sql: Database.Database, orderId: number): void {
  const order = prepared(sql, 'SELECT "status", "placed_at" AS "placedAt" FROM "orders" WHERE "id" = ?').get(
    orderId,
  ) as { status: string; placedAt: string } | undefined;
  if (!order || !(SALE_STATUSES as readonly string[]).includes(order.status)) return;
  const lines = prepared(sql, 'SELECT "product_id" FROM "order_lines" WHERE "order_id" = ? ORDER BY "line_no"')
    .pluck()
    .all(orderId) as number[];
  const { weight, products } = basketContribution(lines, Date.parse(order.placedAt));
  const popularity = prepared(
    sql,
    `INSERT INTO "recommendation_products" ("product_id", "weight") VALUES (?, ?)
     ON CONFLICT ("product_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  );
  const pair = prepared(
    sql,
    `INSERT INTO "recommendation_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)
     ON CONFLICT ("product_id", "other_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  );
  for (const product of products) {
    popularity.run(product, weight);
    for (const other of products) if (other !== product) pair.run(product, other, weight);
  }
}
