import type Database from 'better-sqlite3';
import { basketContribution, type BasketContribution } from './basket-pairs';
import { rebuildInteractionPairs } from './interaction-rebuild';
import { applyBasketChange } from './basket-change';
import { NeighbourCounter } from './cooccurrence';
import { basketOf, grow, readSaleBaskets, type SaleBaskets } from './sale-baskets';
import { RETIRED_PAIRS, STAGED_PAIRS } from './staged-pairs';
import { standingBasket } from './standing-basket';

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
  /** Orders placed, paid, returned or cancelled while the tables were computed, added after the swap. */
  caughtUp: number;
}

/** The newest order, status change and return the snapshot saw: anything above them came after. */
interface SnapshotMarks {
  order: number;
  statusChange: number;
  orderReturn: number;
}

/** The tables a rebuild computed from one snapshot of the sales, held in typed arrays until the swap. */
export interface ComputedTables {
  baskets: SaleBaskets;
  marks: SnapshotMarks;
  popularity: Float64Array;
  pairs: { count: number; productIds: Int32Array; otherIds: Int32Array; weights: Float64Array };
  passes: number;
  basketsCounted: number;
}

/**
 * Reads every standing sale from one snapshot and computes popularity and each product's strongest
 * neighbours in memory. Takes no write lock: give it a read-only connection (a job's own), and the
 * till goes on selling while it runs. Outside a transaction it opens a read one, so the marks and
 * the baskets are of the same instant.
 */
export function computeRecommendations(
  sql: Database.Database,
  report: (progress: RebuildProgress) => void = () => {},
  signal?: AbortSignal,
): ComputedTables {
  const own = !sql.inTransaction;
  if (own) sql.exec('BEGIN');
  let marks: SnapshotMarks;
  let baskets: SaleBaskets;
  try {
    marks = sql
      .prepare(
        `SELECT (SELECT IFNULL(MAX("id"), 0) FROM "orders") AS "order",
                (SELECT IFNULL(MAX("id"), 0) FROM "order_status_changes") AS "statusChange",
                (SELECT IFNULL(MAX("id"), 0) FROM "order_returns") AS "orderReturn"`,
      )
      .get() as SnapshotMarks;
    const totalLines = sql.prepare('SELECT MAX("id") FROM "order_lines"').pluck().get() as number | null;
    baskets = readSaleBaskets(sql, (rows) => {
      signal?.throwIfAborted();
      report({ phase: 'Reading sales', done: rows, total: Math.max(rows, totalLines ?? 0) });
    });
  } finally {
    if (own) sql.exec('COMMIT');
  }

  const counter = new NeighbourCounter(baskets);
  const passes = Math.max(1, Math.ceil(counter.pairIncrements() / PAIRS_PER_PASS));
  const pairs = new PairColumns();
  for (let part = 0; part < passes; part++) {
    signal?.throwIfAborted();
    report({ phase: 'Pairing products', done: part, total: passes });
    for (const kept of counter.strongestPairs(part, passes))
      for (const pair of kept) pairs.push(pair.productId, pair.otherId, pair.weight);
  }
  report({ phase: 'Pairing products', done: passes, total: passes });
  return {
    baskets,
    marks,
    popularity: counter.popularity,
    pairs: pairs.columns(),
    passes,
    basketsCounted: counter.baskets,
  };
}

/**
 * Replaces the item tables with computed ones inside the caller's write transaction, then catches
 * up with what happened to the sales since the snapshot: each order placed after it, or paid,
 * returned or cancelled after it, moves from the basket the snapshot counted to the basket it has
 * now, as it did in the tables being replaced. Staged (the job), the pairs table is swapped by
 * renaming the staging table in, so the transaction writes only popularity and the catch-up;
 * otherwise (one transaction: tests, the bench) every pair is written here.
 */
export function swapRecommendations(
  sql: Database.Database,
  computed: ComputedTables,
  { staged = false }: { staged?: boolean } = {},
): Omit<RebuildSummary, 'baskets' | 'lines' | 'passes'> {
  sql.prepare('DELETE FROM "recommendation_products"').run();
  const insertProduct = sql.prepare('INSERT INTO "recommendation_products" ("product_id", "weight") VALUES (?, ?)');
  let products = 0;
  computed.popularity.forEach((weight, productId) => {
    if (weight <= 0) return;
    insertProduct.run(productId, weight);
    products++;
  });
  const { count, productIds, otherIds, weights } = computed.pairs;
  if (staged) {
    sql.exec(`ALTER TABLE "recommendation_pairs" RENAME TO "${RETIRED_PAIRS}"`);
    sql.exec(`ALTER TABLE "${STAGED_PAIRS}" RENAME TO "recommendation_pairs"`);
  } else {
    sql.prepare('DELETE FROM "recommendation_pairs"').run();
    const insertPair = sql.prepare(
      'INSERT INTO "recommendation_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)',
    );
    for (let i = 0; i < count; i++) insertPair.run(productIds[i], otherIds[i], weights[i]);
  }

  const changed = sql
    .prepare(
      `SELECT "id" FROM "orders" WHERE "id" > @order
       UNION SELECT "order_id" FROM "order_status_changes" WHERE "id" > @statusChange
       UNION SELECT "order_id" FROM "order_returns" WHERE "id" > @orderReturn`,
    )
    .pluck()
    .all(computed.marks) as number[];
  for (const orderId of changed)
    applyBasketChange(sql, snapshotBasket(computed, orderId), standingBasket(sql, orderId));
  return { products, pairs: count, caughtUp: changed.length };
}

/** What order `orderId` added in the snapshot the tables were computed from. */
function snapshotBasket({ baskets }: ComputedTables, orderId: number): BasketContribution | null {
  const b = basketOf(baskets, orderId);
  if (b < 0) return null;
  return basketContribution(
    baskets.products.subarray(baskets.starts[b], baskets.starts[b + 1]),
    baskets.placedAtMs[b]!,
  );
}

/**
 * Recomputes the item tables from every standing sale, and the interaction pairs from every
 * session, in the caller's one transaction (the command line, the demo load, tests, the bench):
 * a cancel or a failure keeps the tables as they were. The job
 * splits the same two steps over a read-only connection and a short write.
 */
export function rebuildRecommendations(
  sql: Database.Database,
  report: (progress: RebuildProgress) => void = () => {},
  signal?: AbortSignal,
): RebuildSummary {
  const computed = computeRecommendations(sql, report, signal);
  const summary = summarise(computed, swapRecommendations(sql, computed));
  rebuildInteractionPairs(sql, signal);
  return summary;
}

export function summarise(
  computed: ComputedTables,
  swapped: Omit<RebuildSummary, 'baskets' | 'lines' | 'passes'>,
): RebuildSummary {
  return { baskets: computed.basketsCounted, lines: computed.baskets.lines, passes: computed.passes, ...swapped };
}

/** Kept pairs as three growing typed arrays (16 bytes a pair), not millions of objects. */
class PairColumns {
  private productIds = new Int32Array(1 << 16);
  private otherIds = new Int32Array(1 << 16);
  private weights = new Float64Array(1 << 16);
  private count = 0;

  push(productId: number, otherId: number, weight: number): void {
    if (this.count === this.weights.length) {
      this.productIds = grow(this.productIds);
      this.otherIds = grow(this.otherIds);
      this.weights = grow(this.weights);
    }
    this.productIds[this.count] = productId;
    this.otherIds[this.count] = otherId;
    this.weights[this.count++] = weight;
  }

  columns() {
    return { count: this.count, productIds: this.productIds, otherIds: this.otherIds, weights: this.weights };
  }
}
