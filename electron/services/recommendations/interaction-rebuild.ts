import type Database from 'better-sqlite3';
import { NeighbourCounter, type BasketTable } from './cooccurrence';
import { INTEREST_SQL, SESSION_EVENTS, sessionOf } from './interaction-pairs';

/** The most pair increments one pass holds (12 bytes each), as the basket rebuild bounds its own. */
const PAIRS_PER_PASS = 6_000_000;

export interface InteractionRebuildSummary {
  events: number;
  sessions: number;
  passes: number;
  products: number;
  pairs: number;
}

/**
 * Every customer's sessions (a customer's UTC day of interest events, interaction-pairs.ts) as a
 * basket table: the first SESSION_EVENTS events of each, in time order, read in one pass along
 * the (customer, time) index. 4 bytes per event and 12 per session.
 */
export function readInteractionSessions(
  sql: Database.Database,
  signal?: AbortSignal,
): BasketTable & { events: number } {
  let products = new Int32Array(1 << 12);
  let starts = new Int32Array(1 << 10);
  let placedAtMs = new Float64Array(1 << 10);
  let events = 0;
  let count = 0;
  let customer = -1;
  let sessionEndMs = -Infinity;
  let inSession = 0;
  const rows = sql
    .prepare(
      `SELECT "customer_id", "product_id", "occurred_at" FROM "customer_interactions" INDEXED BY "IDX_customer_interactions_customer"
       WHERE ${INTEREST_SQL} ORDER BY "customer_id", "occurred_at", "id"`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, string]>;
  for (const [customerId, productId, occurredAt] of rows) {
    const atMs = Date.parse(occurredAt);
    if (customerId !== customer || atMs >= sessionEndMs) {
      if (count + 2 > starts.length) {
        starts = grow(starts);
        placedAtMs = grow(placedAtMs);
      }
      const session = sessionOf(atMs);
      starts[count] = events;
      placedAtMs[count] = session.startMs;
      count++;
      customer = customerId;
      sessionEndMs = session.endMs;
      inSession = 0;
    }
    if (inSession++ >= SESSION_EVENTS) continue;
    if (events === products.length) products = grow(products);
    products[events++] = productId;
    if (events % 100_000 === 0) signal?.throwIfAborted();
  }
  starts[count] = events;
  return { count, starts, products, placedAtMs, events };
}

/**
 * Recomputes the interaction tables from every stored interest event: each product's session
 * count and its strongest neighbours by cosine, with the basket rebuild's own counter (the same
 * decay, cap of 40 products a session, bounded passes). Runs inside the caller's transaction.
 */
export function rebuildInteractionPairs(sql: Database.Database, signal?: AbortSignal): InteractionRebuildSummary {
  const sessions = readInteractionSessions(sql, signal);
  sql.prepare('DELETE FROM "recommendation_interaction_pairs"').run();
  sql.prepare('DELETE FROM "recommendation_interaction_products"').run();
  if (sessions.count === 0) return { events: 0, sessions: 0, passes: 0, products: 0, pairs: 0 };
  const counter = new NeighbourCounter(sessions);
  const passes = Math.max(1, Math.ceil(counter.pairIncrements() / PAIRS_PER_PASS));
  const insertProduct = sql.prepare(
    'INSERT INTO "recommendation_interaction_products" ("product_id", "weight") VALUES (?, ?)',
  );
  const insertPair = sql.prepare(
    'INSERT INTO "recommendation_interaction_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)',
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
    for (const kept of counter.strongestPairs(part, passes)) {
      for (const pair of kept) insertPair.run(pair.productId, pair.otherId, pair.weight);
      pairs += kept.length;
    }
  }
  return { events: sessions.events, sessions: counter.baskets, passes, products, pairs };
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
