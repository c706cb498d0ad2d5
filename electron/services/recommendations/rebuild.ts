import type Database from 'better-sqlite3';
import { MAX_BASKET_PRODUCTS } from './basket-pairs';
import { CooccurrenceCounter } from './cooccurrence';
import { readSaleBaskets, type SaleBaskets } from './sale-baskets';

/**
 * The most pair increments one pass counts in memory. Pairs are counted for one share of the
 * products at a time (by id modulo the number of passes), so the maps never hold more than about
 * this many entries, whatever the size of the history.
 */
const PAIRS_PER_PASS = 3_000_000;
const WRITE_CHUNK = 5_000;

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
  const passes = Math.max(1, Math.ceil(pairIncrements(baskets) / PAIRS_PER_PASS));

  sql.prepare('DELETE FROM "recommendation_pairs"').run();
  sql.prepare('DELETE FROM "recommendation_products"').run();
  const insertProduct = sql.prepare('INSERT INTO "recommendation_products" ("product_id", "weight") VALUES (?, ?)');
  const insertPair = sql.prepare(
    'INSERT INTO "recommendation_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)',
  );

  let pairs = 0;
  let products = 0;
  for (let part = 0; part < passes; part++) {
    const phase = passes === 1 ? 'Pairing products' : `Pairing products (${part + 1} of ${passes})`;
    const counter = new CooccurrenceCounter(part, passes);
    for (let b = 0; b < baskets.count; b++) {
      counter.addBasket(baskets.products.subarray(baskets.starts[b], baskets.starts[b + 1]), baskets.placedAtMs[b]!);
      if (b % 50_000 === 0) {
        signal?.throwIfAborted();
        report({ phase, done: b, total: baskets.count });
      }
    }
    if (part === 0) {
      for (const [productId, weight] of counter.popularity) insertProduct.run(productId, weight);
      products = counter.popularity.size;
    }
    let written = 0;
    for (const kept of counter.strongestPairs()) {
      for (const pair of kept) insertPair.run(pair.productId, pair.otherId, pair.weight);
      written += kept.length;
      if (written >= WRITE_CHUNK) {
        signal?.throwIfAborted();
        pairs += written;
        written = 0;
      }
    }
    pairs += written;
  }
  report({ phase: 'Done', done: baskets.count, total: baskets.count });
  return { baskets: baskets.count, lines: baskets.lines, passes, products, pairs };
}

/** How many (product, other) increments all baskets make, each capped as a basket is. */
function pairIncrements(baskets: SaleBaskets): number {
  let total = 0;
  for (let b = 0; b < baskets.count; b++) {
    const size = Math.min(MAX_BASKET_PRODUCTS, baskets.starts[b + 1]! - baskets.starts[b]!);
    total += size * (size - 1);
  }
  return total;
}
