import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import type { BasketContribution } from './basket-pairs';

/**
 * What is left of a weight after a basket is taken back, below which it is nothing: the sums are
 * floats, so adding a basket's weight and taking it back again can leave a rounding residue (a few
 * units in the last place of the largest sum the row held) instead of zero. A row whose remaining
 * baskets weigh less than a billionth of what it held before (baskets 30 half-lives, some seven
 * years, older than the one taken back) is deleted, as a rebuild finding nothing there would.
 */
export const TAKEN_BACK_RESIDUE = 1e-9;

/** A pair of item tables kept by adding baskets: sales' baskets, or browsing sessions (interaction-pairs.ts). */
export interface ItemTableNames {
  products: string;
  pairs: string;
}

export const BASKET_TABLES: ItemTableNames = { products: 'recommendation_products', pairs: 'recommendation_pairs' };
export const SESSION_TABLES: ItemTableNames = {
  products: 'recommendation_interaction_products',
  pairs: 'recommendation_interaction_pairs',
};

/**
 * Moves the item tables from what an order's basket added before a change (placed, paid, items
 * returned, cancelled) to what it adds after, in the caller's transaction. Only the products that
 * left or joined the basket and the pairs they are part of are touched; a weight taken back is
 * the same float that was added (the basket's time does not change), so what remains is what the
 * other baskets added, to rounding.
 */
export function applyBasketChange(
  sql: Database.Database,
  before: BasketContribution | null,
  after: BasketContribution | null,
  tables: ItemTableNames = BASKET_TABLES,
): void {
  if (before && after && before.weight !== after.weight) {
    applyBasketChange(sql, before, null, tables);
    applyBasketChange(sql, null, after, tables);
    return;
  }
  const kept = new Set(after?.products ?? []);
  const had = new Set(before?.products ?? []);
  if (before) changeBasket(sql, tables, before.products, (product) => !kept.has(product), -before.weight);
  if (after) changeBasket(sql, tables, after.products, (product) => !had.has(product), after.weight);
}

/** Adds `weight` (or takes it back when negative) to each changed product and every pair with one of them in it. */
function changeBasket(
  sql: Database.Database,
  names: ItemTableNames,
  products: readonly number[],
  changed: (product: number) => boolean,
  weight: number,
): void {
  const tables = weight > 0 ? adders(sql, names) : takers(sql, names);
  const amount = Math.abs(weight);
  for (const product of products) {
    const moves = changed(product);
    if (moves) tables.product(product, amount);
    for (const other of products)
      if (other !== product && (moves || changed(other))) tables.pair(product, other, amount);
  }
}

export interface TableWrites {
  product(productId: number, weight: number): void;
  pair(productId: number, otherId: number, weight: number): void;
}

/** Upserts that add a weight to a product or a pair, created at that weight when absent. */
export function adders(sql: Database.Database, tables: ItemTableNames = BASKET_TABLES): TableWrites {
  const product = prepared(
    sql,
    `INSERT INTO "${tables.products}" ("product_id", "weight") VALUES (?, ?)
     ON CONFLICT ("product_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  );
  const pair = prepared(
    sql,
    `INSERT INTO "${tables.pairs}" ("product_id", "other_id", "weight") VALUES (?, ?, ?)
     ON CONFLICT ("product_id", "other_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  );
  return {
    product: (productId, weight) => product.run(productId, weight),
    pair: (productId, otherId, weight) => pair.run(productId, otherId, weight),
  };
}

/**
 * Takes weights back: a row left with no more than its residue is deleted, the others lowered. A
 * row that is not there (a pair the last rebuild did not keep among a product's strongest) stays
 * absent.
 */
function takers(sql: Database.Database, tables: ItemTableNames): TableWrites {
  const dropProduct = prepared(
    sql,
    `DELETE FROM "${tables.products}" WHERE "product_id" = ? AND "weight" - ? <= "weight" * ${TAKEN_BACK_RESIDUE}`,
  );
  const lowerProduct = prepared(sql, `UPDATE "${tables.products}" SET "weight" = "weight" - ? WHERE "product_id" = ?`);
  const dropPair = prepared(
    sql,
    `DELETE FROM "${tables.pairs}" WHERE "product_id" = ? AND "other_id" = ? AND "weight" - ? <= "weight" * ${TAKEN_BACK_RESIDUE}`,
  );
  const lowerPair = prepared(
    sql,
    `UPDATE "${tables.pairs}" SET "weight" = "weight" - ? WHERE "product_id" = ? AND "other_id" = ?`,
  );
  return {
    product(productId, weight) {
      if (dropProduct.run(productId, weight).changes === 0) lowerProduct.run(weight, productId);
    },
    pair(productId, otherId, weight) {
      if (dropPair.run(productId, otherId, weight).changes === 0) lowerPair.run(weight, productId, otherId);
    },
  };
}
