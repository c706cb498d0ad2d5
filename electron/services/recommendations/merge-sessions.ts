import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { applyBasketChange, SESSION_TABLES } from './basket-change';
import { basketContribution, type BasketContribution } from './basket-pairs';
import { INTEREST_SQL, SESSION_EVENTS, sessionOf } from './interaction-pairs';

/**
 * A customer merge folds the source's interactions into the target's. A session is a customer's
 * UTC day, so on each day both browsed their two sessions become one: call this in the merge's
 * transaction before the events are re-pointed. Each shared day's two session baskets are taken
 * back and the joined one (the first SESSION_EVENTS events of both, in time order, as a rebuild
 * after the merge reads them) is added, so the session tables stay what that rebuild computes.
 * A day only one of them browsed keeps its session: its products do not depend on whose it is.
 */
export function joinMergedSessions(sql: Database.Database, sourceId: number, targetId: number): void {
  const days = prepared(
    sql,
    `SELECT date("occurred_at") FROM "customer_interactions" WHERE "customer_id" = ? AND ${INTEREST_SQL}
     INTERSECT
     SELECT date("occurred_at") FROM "customer_interactions" WHERE "customer_id" = ? AND ${INTEREST_SQL}`,
  )
    .pluck()
    .all(sourceId, targetId) as string[];
  for (const day of days) {
    const session = sessionOf(Date.parse(`${day}T00:00:00Z`));
    const source = sessionBasket(sql, [sourceId, sourceId], session);
    const target = sessionBasket(sql, [targetId, targetId], session);
    applyBasketChange(sql, source, null, SESSION_TABLES);
    applyBasketChange(sql, target, sessionBasket(sql, [sourceId, targetId], session), SESSION_TABLES);
  }
}

/** The session basket of the day's interest events of either customer: what recording or a rebuild counts. */
function sessionBasket(
  sql: Database.Database,
  customers: [number, number],
  session: { startMs: number; endMs: number },
): BasketContribution {
  const products = prepared(
    sql,
    `SELECT "product_id" FROM "customer_interactions"
     WHERE "customer_id" IN (?, ?) AND "occurred_at" >= ? AND "occurred_at" < ? AND ${INTEREST_SQL}
     ORDER BY "occurred_at", "id" LIMIT ${SESSION_EVENTS}`,
  )
    .pluck()
    .all(...customers, new Date(session.startMs).toISOString(), new Date(session.endMs).toISOString()) as number[];
  return basketContribution(products, session.startMs);
}
