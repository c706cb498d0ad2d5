import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/** A product at or below its reorder point in one store. */
export interface ReorderCandidate {
  productId: number;
  sku: string;
  name: string;
  onHand: number;
  /** The store's own setting where it has one, else the product's. */
  reorderPoint: number;
  reorderQty: number;
  costCents: number;
}

/**
 * A reorder point of 0 means the product has no reorder policy (the catalog default), so it is
 * never listed; archived products are not reordered. The condition is the one of the partial index
 * IDX_stock_levels_low, so only the low rows are read.
 */
const AT_OR_BELOW_REORDER_POINT = `
  SELECT p."id" AS "productId", p."sku", p."name", sl."on_hand" AS "onHand",
         sl."effective_reorder_point" AS "reorderPoint",
         IFNULL(sl."reorder_qty", p."reorder_qty") AS "reorderQty", p."cost_cents" AS "costCents"
  FROM "stock_levels" sl
  JOIN "products" p ON p."id" = sl."product_id"
  WHERE sl."store_id" = ? AND p."archived_at" IS NULL
    AND sl."on_hand" <= sl."effective_reorder_point" AND sl."effective_reorder_point" > 0`;

export function reorderCandidates(sql: Database.Database, storeId: number): ReorderCandidate[] {
  return prepared(sql, AT_OR_BELOW_REORDER_POINT).all(storeId) as ReorderCandidate[];
}
