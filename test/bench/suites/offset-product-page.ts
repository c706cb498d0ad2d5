import type Database from 'better-sqlite3';
import type { ProductSort } from '../../../shared/contract';

/** The column pair each product sort orders by, exactly as listProducts orders them. */
const ORDER_BY: Record<ProductSort, string> = {
  name: 'p."name", p."id"',
  sku: 'p."sku", p."id"',
  price: 'p."price_cents", p."id"',
  updated: 'p."updated_at", p."id"',
  onHand: 'sl."on_hand", sl."product_id"',
};

/**
 * The baseline for deep pages: the same product page (same columns, joins and order) fetched
 * the way lists often are, with LIMIT/OFFSET, which reads and discards every earlier row.
 */
export function offsetProductPage(
  sql: Database.Database,
  sort: ProductSort,
): (storeId: number, offset: number, limit: number) => { id: number }[] {
  const statement = sql.prepare(`
    SELECT p."id", p."sku", p."barcode", p."name", p."category_id", c."name" AS "category_name",
           b."name" AS "brand_name", p."price_cents", p."tax_rate_bp", sl."on_hand", p."reorder_point",
           p."archived_at", p."updated_at"
    FROM "products" p
    JOIN "stock_levels" sl ON sl."product_id" = p."id"
    LEFT JOIN "categories" c ON c."id" = p."category_id"
    LEFT JOIN "brands" b ON b."id" = p."brand_id"
    WHERE sl."store_id" = ?
    ORDER BY ${ORDER_BY[sort]}
    LIMIT ? OFFSET ?`);
  return (storeId, offset, limit) => statement.all(storeId, limit, offset) as { id: number }[];
}
