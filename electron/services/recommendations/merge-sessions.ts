import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { applyBasketChange, SESSION_TABLES } from './basket-change';
import { INTEREST_SQL, pruneSessionNeighbours, sessionOf } from './interaction-pairs';
import { sessionBasket } from './session-basket';

/**
 * A customer merge folds the source's interactions into the target's. A session is a customer's
 * UTC day, so on each day both browsed their two sessions become one: call this in the merge's
 * transaction before the events are re-pointed. Each shared day's two session baskets are taken
 * back and the joined one (the first SESSION_EVENTS events of both, in time order, as a rebuild
 * after the merge reads them) is added, so the session tables stay what that rebuild computes.
 * A day only one of them browsed keeps its session: its products do not depend on whose it is.
 *
 * A joined session pairs each of its products with up to 39 new ones, so each is cut back as an
 * event's product is (pruneSessionNeighbours). The merge is recorded, so a rebuild whose snapshot
 * came before it joins the same sessions when it swaps its tables in (session-catch-up.ts).
 */
export function joinMergedSessions(sql: Database.Database, sourceId: number, targetId: number): void {
  prepared(sql, 'INSERT INTO "recommendation_session_merges" ("source_id", "target_id") VALUES (?, ?)').run(
    sourceId,
    targetId,
  );
  const days = prepared(
    sql,
    `SELECT date("occurred_at") FROM "customer_interactions" WHERE "customer_id" = ? AND ${INTEREST_SQL}
     INTERSECT
     SELECT date("occurred_at") FROM "customer_interactions" WHERE "customer_id" = ? AND ${INTEREST_SQL}`,
  )
    .pluck()
    .all(sourceId, targetId) as string[];
  const joinedProducts = new Set<number>();
  for (const day of days) {
    const session = sessionOf(Date.parse(`${day}T00:00:00Z`));
    const joined = sessionBasket(sql, [sourceId, targetId], session);
    applyBasketChange(sql, sessionBasket(sql, [sourceId], session), null, SESSION_TABLES);
    applyBasketChange(sql, sessionBasket(sql, [targetId], session), joined, SESSION_TABLES);
    for (const product of joined?.products ?? []) joinedProducts.add(product);
  }
  for (const product of joinedProducts) pruneSessionNeighbours(sql, product);
}
