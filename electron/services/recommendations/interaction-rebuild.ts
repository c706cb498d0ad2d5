import type Database from 'better-sqlite3';
import { NeighbourCounter, type BasketTable, type KeptPair } from './cooccurrence';
import {
  INTEREST_SQL,
  SESSION_EVENTS,
  recordInteractionPairs,
  sessionOf,
  type InteractionEvent,
} from './interaction-pairs';

/** The most pair increments one pass holds (12 bytes each), as the basket rebuild bounds its own. */
const PAIRS_PER_PASS = 6_000_000;

export interface InteractionRebuildSummary {
  events: number;
  sessions: number;
  passes: number;
  products: number;
  pairs: number;
  /** Events recorded after the snapshot, added by the swap. */
  caughtUp: number;
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

/** Interaction tables computed from one snapshot, held in typed arrays until the swap. */
export interface ComputedInteractionPairs {
  /** The newest interaction the snapshot saw: later ones are added by the swap, as they were recorded. */
  mark: number;
  events: number;
  sessions: number;
  passes: number;
  popularity: Float64Array;
  pairs: { productIds: Int32Array; otherIds: Int32Array; weights: Float64Array; count: number };
}

/**
 * Counts every stored interest event's sessions and each product's strongest neighbours by
 * cosine, with the basket rebuild's own counter (the same decay, cap of 40 products a session,
 * bounded passes). Takes no write lock: give it the rebuild's read-only connection. Outside a
 * transaction it opens a read one, so the mark and the sessions are of the same instant.
 */
export function computeInteractionPairs(sql: Database.Database, signal?: AbortSignal): ComputedInteractionPairs {
  const own = !sql.inTransaction;
  if (own) sql.exec('BEGIN');
  let mark: number;
  let sessions: ReturnType<typeof readInteractionSessions>;
  try {
    mark = sql.prepare('SELECT IFNULL(MAX("id"), 0) FROM "customer_interactions"').pluck().get() as number;
    sessions = readInteractionSessions(sql, signal);
  } finally {
    if (own) sql.exec('COMMIT');
  }
  const counter = new NeighbourCounter(sessions);
  const passes = Math.max(1, Math.ceil(counter.pairIncrements() / PAIRS_PER_PASS));
  const kept: KeptPair[][] = [];
  let count = 0;
  for (let part = 0; part < passes; part++) {
    signal?.throwIfAborted();
    for (const pairs of counter.strongestPairs(part, passes)) {
      kept.push(pairs);
      count += pairs.length;
    }
  }
  const pairs = {
    productIds: new Int32Array(count),
    otherIds: new Int32Array(count),
    weights: new Float64Array(count),
    count,
  };
  let at = 0;
  for (const pair of kept.flat()) {
    pairs.productIds[at] = pair.productId;
    pairs.otherIds[at] = pair.otherId;
    pairs.weights[at++] = pair.weight;
  }
  return { mark, events: sessions.events, sessions: counter.baskets, passes, popularity: counter.popularity, pairs };
}

/**
 * Replaces the interaction tables with computed ones inside the caller's write transaction, then
 * adds each event recorded since the snapshot as recording it did (recordInteractionPairs).
 */
export function swapInteractionPairs(
  sql: Database.Database,
  computed: ComputedInteractionPairs,
): InteractionRebuildSummary {
  sql.prepare('DELETE FROM "recommendation_interaction_pairs"').run();
  sql.prepare('DELETE FROM "recommendation_interaction_products"').run();
  const insertProduct = sql.prepare(
    'INSERT INTO "recommendation_interaction_products" ("product_id", "weight") VALUES (?, ?)',
  );
  let products = 0;
  computed.popularity.forEach((weight, productId) => {
    if (weight <= 0) return;
    insertProduct.run(productId, weight);
    products++;
  });
  const insertPair = sql.prepare(
    'INSERT INTO "recommendation_interaction_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)',
  );
  const { productIds, otherIds, weights, count } = computed.pairs;
  for (let i = 0; i < count; i++) insertPair.run(productIds[i], otherIds[i], weights[i]);
  const since = sql
    .prepare(
      `SELECT "id", "customer_id" AS "customerId", "product_id" AS "productId", "kind", "rating", "order_id" AS "orderId",
              "occurred_at" AS "occurredAt"
       FROM "customer_interactions" WHERE "id" > ? ORDER BY "id"`,
    )
    .all(computed.mark) as InteractionEvent[];
  for (const event of since) recordInteractionPairs(sql, event);
  const { events, sessions, passes } = computed;
  return { events, sessions, passes, products, pairs: count, caughtUp: since.length };
}

/** Recomputes the interaction tables in the caller's one transaction (tests, the command line). */
export function rebuildInteractionPairs(sql: Database.Database, signal?: AbortSignal): InteractionRebuildSummary {
  return swapInteractionPairs(sql, computeInteractionPairs(sql, signal));
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
