import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** What stock work and selling need to know of a product, with its stock on hand in one store. */
export interface StockedProduct {
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

interface StockedProductRow {
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

/** Ids travel as one JSON array bound to one parameter, so any number of them uses one statement. */
const STOCKED_PRODUCTS = `
  SELECT p."id", p."sku", p."name", p."price_cents", p."tax_rate_bp", p."cost_cents", p."allow_backorder",
         p."archived_at", IFNULL(sl."on_hand", 0) AS "on_hand"
  FROM (SELECT DISTINCT "value" AS "id" FROM json_each(?)) j
  JOIN "products" p ON p."id" = j."id"
  LEFT JOIN "stock_levels" sl ON sl."store_id" = ? AND sl."product_id" = p."id"`;

/**
 * The products behind a document's lines with their stock in `storeId`. Any unknown id refuses
 * the whole document (NOT_FOUND, details.productIds) before anything is written.
 */
export function loadStockedProducts(
  sql: Database.Database,
  storeId: number,
  productIds: readonly number[],
): Map<number, StockedProduct> {
  const rows = prepared(sql, STOCKED_PRODUCTS).all(JSON.stringify(productIds), storeId) as StockedProductRow[];
  const products = new Map<number, StockedProduct>();
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

/**
 * Refuses taking stock a store does not have, naming every short line at once. The ledger
 * trigger would refuse too, but only the first line and without the numbers a person needs.
 */
export function refuseShortStock(taking: readonly { product: StockedProduct; quantity: number }[]): void {
  const short = taking
    .filter(({ product, quantity }) => !product.allowBackorder && product.onHand - quantity < 0)
    .map(({ product, quantity }) => ({ productId: product.id, onHand: product.onHand, requested: quantity }));
  if (short.length === 0) return;
  const message =
    short.length === 1
      ? `Only ${short[0]!.onHand} in stock; stock on hand cannot go below zero.`
      : `${short.length} products do not have enough stock; stock on hand cannot go below zero.`;
  throw new AppError('INSUFFICIENT_STOCK', message, { lines: short.slice(0, 100) });
}
