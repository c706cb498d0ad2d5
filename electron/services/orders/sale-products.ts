import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** What selling a product needs from the catalog, with its stock in one store. */
export interface SaleProduct {
  id: number;
  sku: string;
  name: string;
  priceCents: number;
  taxRateBp: number;
  costCents: number;
  allowBackorder: boolean;
  archived: boolean;
  onHand: number;
}

interface SaleProductRow {
  id: number;
  sku: string;
  name: string;
  price_cents: number;
  tax_rate_bp: number;
  cost_cents: number;
  allow_backorder: number;
  archived_at: string | null;
  on_hand: number;
}

/** Ids travel as one JSON array in one bound parameter, so any cart uses the same statement. */
const SALE_PRODUCTS = `
  SELECT p."id", p."sku", p."name", p."price_cents", p."tax_rate_bp", p."cost_cents", p."allow_backorder",
         p."archived_at", IFNULL(sl."on_hand", 0) AS "on_hand"
  FROM (SELECT DISTINCT "value" AS "id" FROM json_each(?)) j
  JOIN "products" p ON p."id" = j."id"
  LEFT JOIN "stock_levels" sl ON sl."store_id" = ? AND sl."product_id" = p."id"`;

/** The catalog's current prices and stock for a cart's products; NOT_FOUND names any unknown id. */
export function loadSaleProducts(
  sql: Database.Database,
  storeId: number,
  productIds: readonly number[],
): Map<number, SaleProduct> {
  const rows = prepared(sql, SALE_PRODUCTS).all(JSON.stringify(productIds), storeId) as SaleProductRow[];
  const products = new Map<number, SaleProduct>();
  for (const row of rows) {
    products.set(row.id, {
      id: row.id,
      sku: row.sku,
      name: row.name,
      priceCents: row.price_cents,
      taxRateBp: row.tax_rate_bp,
      costCents: row.cost_cents,
      allowBackorder: row.allow_backorder === 1,
      archived: row.archived_at !== null,
      onHand: row.on_hand,
    });
  }
  const missing = [...new Set(productIds.filter((productId) => !products.has(productId)))];
  if (missing.length > 0) {
    throw new AppError(
      'NOT_FOUND',
      missing.length === 1 ? 'That product does not exist.' : `${missing.length} of these products do not exist.`,
      { productIds: missing.slice(0, 100) },
    );
  }
  return products;
}

/** Units a cart takes of each product (a product may sit on several lines). */
export function unitsByProduct(lines: readonly { productId: number; quantity: number }[]): Map<number, number> {
  const units = new Map<number, number>();
  for (const line of lines) units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
  return units;
}

/** Products the cart would take below zero, with what is on hand. */
export function shortProducts(
  products: ReadonlyMap<number, SaleProduct>,
  units: ReadonlyMap<number, number>,
): { product: SaleProduct; requested: number }[] {
  const short: { product: SaleProduct; requested: number }[] = [];
  for (const [productId, requested] of units) {
    const product = products.get(productId)!;
    if (requested > product.onHand) short.push({ product, requested });
  }
  return short;
}
