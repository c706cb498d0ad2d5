import type Database from 'better-sqlite3';
import { NeighbourCounter } from './cooccurrence';
import { readSaleBaskets } from './sale-baskets';

/**
 * The most pair increments one pass holds (12 bytes each, about 70 MB). Pairs are counted for one
 * share of the products at a time (by id modulo the number of passes), so memory stays near this
 * whatever the size of the history.
 */
const PAIRS_PER_PASS = 6_000_000;

export interface RebuildProgress {
  phase: string;
  done: number;
  total: number;
}

export interface RebuildSummary {
  baskets: number;
  lines: number;
  passes: number;
  products: number;
  pairs: number;
}

/**
 * Recomputes the item tables from every standing sale: popularity and each product's strongest
 * neighbours. Runs inside the caller's transaction (a job's), so a cancel or a failure keeps the
 * tables as they were.
 */
export function rebuildRecommendations(
  sql: Database.Database,
  report: (progress: RebuildProgress) => void = () => {},
  signal?: AbortSignal,
): RebuildSummary {
  const totalLines = sql.prepare('SELECT MAX("id") FROM "order_lines"').pluck().get() as number | null;
  const baskets = readSaleBaskets(sql, (rows) => {
    signal?.throwIfAborted();
    report({ phase: 'Reading sales', done: rows, total: Math.max(rows, totalLines ?? 0) });
  });
  const counter = new NeighbourCounter(baskets);
  const passes = Math.max(1, Math.ceil(counter.pairIncrements() / PAIRS_PER_PASS));

  sql.prepare('DELETE FROM "recommendation_pairs"').run();
  sql.prepare('DELETE FROM "recommendation_products"').run();
  const insertProduct = sql.prepare('INSERT INTO "recommendation_products" ("product_id", "weight") VALUES (?, ?)');
  const insertPair = sql.prepare(
    'INSERT INTO "recommendation_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)',
  );
  let products = 0;
  counter.popularity.forEach((weight, productId) => {
    if (weight <= 0) return;
    insertProduct.run(productId, weight);
    products++;
  });

  let pairs = 0;
  for (let part = 0; part < passes; part++) {
    signal?.throwIfAborted();
    report({ phase: 'Pairing products', done: part, total: passes });
    for (const kept of counter.strongestPairs(part, passes)) {
      for (const pair of kept) insertPair.run(pair.productId, pair.otherId, pair.weight);
      pairs += kept.length;
    }
  }
  report({ phase: 'Pairing products', done: passes, total: passes });
  return { baskets: counter.baskets, lines: baskets.lines, passes, products, pairs };
}
