import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { MAX_BASKET_PRODUCTS } from './basket-pairs';
import { NEIGHBOURS_PER_PRODUCT } from './cooccurrence';
import { itemWeight } from './decay';

/**
 * Products a customer looked at, put in a cart or rated well on the same day (UTC) co-occur, as
 * the products of one basket do: a day's browsing is a "session basket". A day rather than a
 * sliding window because a day is a set, so the count is the same whatever order the events
 * arrive in (an import may bring them in any order), and the weight of a session is that of its
 * day (decay.ts), so the incremental sums and the rebuild agree.
 */
const DAY_MS = 86_400_000;

/** The events of one session that count, bounding what one event reads (a customer's index range). */
export const SESSION_EVENTS = 200;

/**
 * A product's session neighbours past this many are cut back to the NEIGHBOURS_PER_PRODUCT a read
 * picks. Browsing pairs far more products than buying does, and without a rebuild every product
 * seen the same day as another would stay a neighbour: the lists grew to seven times what a
 * rebuild keeps on a heavy-browsing store, and a customer's suggestions read ten of them.
 */
export const SESSION_NEIGHBOURS_KEPT_UP_TO = 2 * NEIGHBOURS_PER_PRODUCT;

/**
 * Which recorded events say "interested": views, carts, ratings of 4 or 5, and purchases imported
 * without an order (those with an order are already in the sale's basket).
 */
export const INTEREST_SQL = `("kind" IN ('viewed', 'added_to_cart') OR ("kind" = 'rated' AND "rating" >= 4) OR ("kind" = 'bought' AND "order_id" IS NULL))`;

export interface InteractionEvent {
  id: number;
  customerId: number;
  productId: number;
  kind: 'viewed' | 'added_to_cart' | 'bought' | 'rated';
  rating: number | null;
  orderId: number | null;
  occurredAt: string;
}

function isInterest(event: InteractionEvent): boolean {
  if (event.kind === 'rated') return (event.rating ?? 0) >= 4;
  return event.kind !== 'bought' || event.orderId === null;
}

/** The session (UTC day) an instant belongs to, as its first and next day's start. */
export function sessionOf(atMs: number): { startMs: number; endMs: number } {
  const startMs = Math.floor(atMs / DAY_MS) * DAY_MS;
  return { startMs, endMs: startMs + DAY_MS };
}

/**
 * Adds one newly stored event to the interaction tables, in the transaction that stored it: if
 * its product is new to the customer's session (and the session holds fewer than 40 products),
 * the product's session count and its pair with each of the session's other products, both ways.
 * At most SESSION_EVENTS rows read and 1 + 2 × 39 upserts on primary keys, then the product's
 * neighbours counted and, past SESSION_NEIGHBOURS_KEPT_UP_TO, cut back (pruneSessionNeighbours).
 */
export function recordInteractionPairs(sql: Database.Database, event: InteractionEvent): void {
  if (!isInterest(event)) return;
  const { startMs, endMs } = sessionOf(Date.parse(event.occurredAt));
  const others = prepared(
    sql,
    `SELECT "product_id" FROM (
       SELECT "product_id", "occurred_at", "id" FROM "customer_interactions"
       WHERE "customer_id" = ? AND "occurred_at" >= ? AND "occurred_at" < ? AND "id" <> ? AND ${INTEREST_SQL}
       ORDER BY "occurred_at", "id" LIMIT ${SESSION_EVENTS})
     GROUP BY "product_id" ORDER BY MIN("occurred_at"), MIN("id")`,
  )
    .pluck()
    .all(event.customerId, new Date(startMs).toISOString(), new Date(endMs).toISOString(), event.id) as number[];
  if (others.includes(event.productId) || others.length >= MAX_BASKET_PRODUCTS) return;
  const weight = itemWeight(startMs);
  prepared(
    sql,
    `INSERT INTO "recommendation_interaction_products" ("product_id", "weight") VALUES (?, ?)
     ON CONFLICT ("product_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  ).run(event.productId, weight);
  const pair = prepared(
    sql,
    `INSERT INTO "recommendation_interaction_pairs" ("product_id", "other_id", "weight") VALUES (?, ?, ?)
     ON CONFLICT ("product_id", "other_id") DO UPDATE SET "weight" = "weight" + excluded."weight"`,
  );
  for (const other of others) {
    pair.run(event.productId, other, weight);
    pair.run(other, event.productId, weight);
  }
  pruneSessionNeighbours(sql, event.productId);
}

/**
 * Keeps a product's NEIGHBOURS_PER_PRODUCT strongest session neighbours by cosine (the ones a read
 * takes, and a rebuild keeps) once it has more than SESSION_NEIGHBOURS_KEPT_UP_TO. Called for the
 * product an event adds to a session; each other product of the session gained one pair, and is
 * checked when it joins a session of its own, so no list passes the bound by more than a
 * session's 39 products. A merge's joined sessions and a rebuild's catch-up add up to 39 pairs to
 * every product of a session at once, so they call it for each of those products. A pair cut off
 * that comes back later starts again from its new sessions, as after a rebuild.
 */
export function pruneSessionNeighbours(sql: Database.Database, productId: number): void {
  const count = prepared(sql, 'SELECT COUNT(*) FROM "recommendation_interaction_pairs" WHERE "product_id" = ?')
    .pluck()
    .get(productId) as number;
  if (count <= SESSION_NEIGHBOURS_KEPT_UP_TO) return;
  prepared(
    sql,
    `DELETE FROM "recommendation_interaction_pairs" WHERE "product_id" = @product AND "other_id" NOT IN (
       SELECT p."other_id" FROM "recommendation_interaction_pairs" p
       JOIN "recommendation_interaction_products" o ON o."product_id" = p."other_id"
       WHERE p."product_id" = @product ORDER BY p."weight" * p."weight" / o."weight" DESC, p."other_id" LIMIT ${NEIGHBOURS_PER_PRODUCT})`,
  ).run({ product: productId });
}
