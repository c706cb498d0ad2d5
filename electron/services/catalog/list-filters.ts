import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/**
 * Below this many products, a brand or supplier filter drives the list: fetching its products by
 * index and sorting them is cheapest. Above it, walking the order's index and skipping the others
 * fills a page within a few thousand rows, so the filter's index is hidden from the planner.
 */
const FEW_PRODUCTS = 1_000;

const BRAND_PRODUCTS = 'SELECT 1 FROM "products" WHERE "brand_id" = ?';
const SUPPLIER_PRODUCTS = 'SELECT 1 FROM "product_suppliers" WHERE "supplier_id" = ?';

/** A count that stops at the threshold, so the probe costs at most a thousand index entries. */
function isFew(sql: Database.Database, rows: string, value: number): boolean {
  const { count } = prepared(sql, `SELECT count(*) AS "count" FROM (${rows} LIMIT ?)`).get(value, FEW_PRODUCTS) as {
    count: number;
  };
  return count < FEW_PRODUCTS;
}

/**
 * The WHERE term keeping one brand's products. A rare brand's products are named by id on the
 * order's own table, so even the on-hand order (stock rows outside) fetches just those; the unary
 * plus keeps a common brand from driving the query.
 */
export function brandFilter(sql: Database.Database, idColumn: string, brandId: number): string {
  return isFew(sql, BRAND_PRODUCTS, brandId)
    ? `${idColumn} IN (SELECT "id" FROM "products" WHERE "brand_id" = @brandId)`
    : `+p."brand_id" = @brandId`;
}

/** The WHERE term keeping the products a supplier supplies (a product_suppliers row). */
export function supplierFilter(sql: Database.Database, idColumn: string, supplierId: number): string {
  const column = isFew(sql, SUPPLIER_PRODUCTS, supplierId) ? idColumn : `+${idColumn}`;
  return `${column} IN (SELECT "product_id" FROM "product_suppliers" WHERE "supplier_id" = @supplierId)`;
}

/**
 * Products at or below the reorder point in force in the store (its own, else the product's), and
 * only where that point is above zero: a product nobody reorders is never low. The subquery reads
 * the partial index IDX_stock_levels_low, which holds only such rows.
 */
export function lowStockFilter(idColumn: string): string {
  return `${idColumn} IN (SELECT "product_id" FROM "stock_levels"
    WHERE "store_id" = @storeId AND "on_hand" <= "effective_reorder_point" AND "effective_reorder_point" > 0)`;
}
