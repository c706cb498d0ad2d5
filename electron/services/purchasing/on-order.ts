import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/**
 * Units ordered and not received yet on a store's open purchase orders, by product. Drafts count:
 * a draft made from yesterday's suggestions must not be suggested again today. Lines received
 * beyond what was ordered count as nothing outstanding, never as a negative.
 */
const ON_ORDER = `
  SELECT l."product_id", SUM(MAX(l."quantity_ordered" - l."quantity_received", 0)) AS "outstanding"
  FROM "purchase_orders" po
  JOIN "purchase_order_lines" l ON l."purchase_order_id" = po."id"
  WHERE po."store_id" = ? AND po."status" IN ('draft', 'sent', 'partially_received')
  GROUP BY l."product_id"`;

export function onOrderByProduct(sql: Database.Database, storeId: number): Map<number, number> {
  const rows = prepared(sql, ON_ORDER).all(storeId) as { product_id: number; outstanding: number }[];
  return new Map(rows.map((row) => [row.product_id, row.outstanding]));
}
