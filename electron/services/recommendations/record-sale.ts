import type Database from 'better-sqlite3';
import type { BasketContribution } from './basket-pairs';
import { applyBasketChange } from './basket-change';
import { standingBasket } from './standing-basket';

/**
 * Adds a new sale's basket to the item tables, in the transaction that made it a sale (placed
 * paid): each product's popularity and each pair of its products, n + n(n − 1) upserts on primary
 * keys for a basket of n products. An order that is not a sale (saved pending) adds nothing.
 */
export function recordSaleBasket(sql: Database.Database, orderId: number): void {
  applyBasketChange(sql, null, standingBasket(sql, orderId));
}

/**
 * Keeps the item tables current through a change to an existing order (paid later, items brought
 * back, cancelled): read `saleBasketBefore` before the change and pass it to `updateSaleBasket`
 * after, in the same transaction. Paying adds the basket, a cancellation takes all of it back, a
 * return takes back the products that no longer have units standing.
 */
export const saleBasketBefore = standingBasket;

export function updateSaleBasket(sql: Database.Database, orderId: number, before: BasketContribution | null): void {
  applyBasketChange(sql, before, standingBasket(sql, orderId));
}
