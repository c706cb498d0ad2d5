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

/** A store's stock level at or below its reorder point: what ranks it, before any product facts. */
export interface LowLevel {
  productId: number;
  onHand: number;
  reorderPoint: number;
}

/** Read from the covering partial IDX_stock_levels_low alone: no table row is touched. */
const LOW_LEVELS = `
  SELECT "product_id" AS "productId", "on_hand" AS "onHand", "effective_reorder_point" AS "reorderPoint"
  FROM "stock_levels" INDEXED BY "IDX_stock_levels_low"
  WHERE "store_id" = ? AND "on_hand" <= "effective_reorder_point" AND "effective_reorder_point" > 0`;

export function lowLevels(sql: Database.Database, storeId: number): LowLevel[] {
  return prepared(sql, LOW_LEVELS).all(storeId) as LowLevel[];
}

/** What a low-stock row shows of its product, for the few rows of one page; archived products are left out. */
const PRODUCT_FACTS = `
  SELECT p."id" AS "productId", p."sku", p."name", IFNULL(sl."reorder_qty", p."reorder_qty") AS "reorderQty"
  FROM json_each(@productIds) j
  JOIN "products" p ON p."id" = j."value"
  JOIN "stock_levels" sl ON sl."store_id" = @storeId AND sl."product_id" = p."id"
  WHERE p."archived_at" IS NULL`;

export function activeProductFacts(
  sql: Database.Database,
  storeId: number,
  productIds: readonly number[],
): Map<number, { sku: string; name: string; reorderQty: number }> {
  const rows = prepared(sql, PRODUCT_FACTS).all({ storeId, productIds: JSON.stringify(productIds) }) as {
    productId: number;
    sku: string;
    name: string;
    reorderQty: number;
  }[];
  return new Map(rows.map(({ productId, ...facts }) => [productId, facts]));
}
