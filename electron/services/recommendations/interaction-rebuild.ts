import type Database from 'better-sqlite3';
import { NeighbourCounter, type BasketTable, type KeptPair } from './cooccurrence';
import { INTEREST_SQL, SESSION_EVENTS, sessionOf } from './interaction-pairs';
import { catchUpSessions, type SessionMarks } from './session-catch-up';

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
  /** Customer merges after the snapshot, whose sessions the swap joined. */
  merged: number;
}

/** Every session of one snapshot as a basket table, with the customer whose each one is. */
export type SessionTable = BasketTable & { events: number; customers: Int32Array };

/**
 * Every customer's sessions (a customer's UTC day of interest events, interaction-pairs.ts) as a
 * basket table: the first SESSION_EVENTS events of each, in time order, read in one pass along
 * the (customer, time) index, so the sessions are in customer and time order. 4 bytes per event
 * and 16 per session.
 */
export function readInteractionSessions(sql: Database.Database, signal?: AbortSignal): SessionTable {
  let products = new Int32Array(1 << 12);
  let starts = new Int32Array(1 << 10);
  let placedAtMs = new Float64Array(1 << 10);
  let customers = new Int32Array(1 << 10);
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
        customers = grow(customers);
      }
      const session = sessionOf(atMs);
      starts[count] = events;
      placedAtMs[count] = session.startMs;
      customers[count] = customerId;
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
  return { count, starts, products, placedAtMs, events, customers };
}

/** Interaction tables computed from one snapshot, held in typed arrays until the swap. */
export interface ComputedInteractionPairs {
  /** The newest interaction and customer merge the snapshot saw: the swap catches up with later ones. */
  marks: SessionMarks;
  /** The sessions counted, kept until the swap: one changed since moves from this basket to its own now. */
  snapshot: SessionTable;
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
  let marks: SessionMarks;
  let sessions: SessionTable;
  try {
    marks = sql
      .prepare(
        `SELECT (SELECT IFNULL(MAX("id"), 0) FROM "customer_interactions") AS "interaction",
                (SELECT IFNULL(MAX("id"), 0) FROM "recommendation_session_merges") AS "merge"`,
      )
      .get() as SessionMarks;
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
  return {
    marks,
    snapshot: sessions,
    events: sessions.events,
    sessions: counter.baskets,
    passes,
    popularity: counter.popularity,
    pairs,
  };
}

/**
 * Replaces the interaction tables with computed ones inside the caller's write transaction, then
 * catches up with the sessions that changed since the snapshot (events recorded, customers
 * merged), as the basket swap does with orders: each moves from the basket the snapshot counted
 * to the basket it has now (session-catch-up.ts).
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
  const { caughtUp, merged } = catchUpSessions(sql, computed.snapshot, computed.marks);
  const { events, sessions, passes } = computed;
  return { events, sessions, passes, products, pairs: count, caughtUp, merged };
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
