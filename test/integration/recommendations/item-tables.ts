import type Database from 'better-sqlite3';
import { expect } from 'vitest';

/**
 * Kept item tables must equal a rebuild from what still stands. Weights are float sums, added in
 * another order by a rebuild: they agree to a relative 1e-9 (TAKEN_BACK_RESIDUE's scale); which
 * products and pairs exist must agree exactly.
 */
const RELATIVE_EPSILON = 1e-9;

export type ItemTables = { products: Map<string, number>; pairs: Map<string, number> };

/** A products table (product_id, weight) and its pairs table (product_id, other_id, weight), keyed by id. */
export function readItemTables(sql: Database.Database, names: { products: string; pairs: string }): ItemTables {
  const products = sql.prepare(`SELECT product_id, weight FROM ${names.products}`).all() as {
    product_id: number;
    weight: number;
  }[];
  const pairs = sql.prepare(`SELECT product_id, other_id, weight FROM ${names.pairs}`).all() as {
    product_id: number;
    other_id: number;
    weight: number;
  }[];
  return {
    products: new Map(products.map((row) => [String(row.product_id), row.weight])),
    pairs: new Map(pairs.map((row) => [`${row.product_id}-${row.other_id}`, row.weight])),
  };
}

/** What `rebuild` would write now, read in a transaction rolled back after: the kept tables stay. */
export function rebuiltItemTables(sql: Database.Database, rebuild: () => void, read: () => ItemTables): ItemTables {
  sql.exec('BEGIN');
  try {
    rebuild();
    return read();
  } finally {
    sql.exec('ROLLBACK');
  }
}

export function expectSameItemTables(kept: ItemTables, fresh: ItemTables): void {
  for (const table of ['products', 'pairs'] as const) {
    expect([...kept[table].keys()].sort()).toEqual([...fresh[table].keys()].sort());
    for (const [key, weight] of fresh[table]) {
      const difference = Math.abs(kept[table].get(key)! - weight);
      expect(difference, `${table} ${key}`).toBeLessThanOrEqual(weight * RELATIVE_EPSILON);
    }
  }
}
