import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { basketContribution, type BasketContribution } from './basket-pairs';
import { INTEREST_SQL, SESSION_EVENTS } from './interaction-pairs';

/**
 * The session basket of one day's interest events of the given customers, as they stand now: the
 * first SESSION_EVENTS events in time order, their distinct products capped, as a rebuild reads
 * a session (readInteractionSessions). Null when none of them browsed that day. Two customers
 * give the session a merge of them will have.
 */
export function sessionBasket(
  sql: Database.Database,
  customers: readonly [number] | readonly [number, number],
  session: { startMs: number; endMs: number },
): BasketContribution | null {
  const [first, second = first] = customers;
  const products = prepared(
    sql,
    `SELECT "product_id" FROM "customer_interactions"
     WHERE "customer_id" IN (?, ?) AND "occurred_at" >= ? AND "occurred_at" < ? AND ${INTEREST_SQL}
     ORDER BY "occurred_at", "id" LIMIT ${SESSION_EVENTS}`,
  )
    .pluck()
    .all(first, second, new Date(session.startMs).toISOString(), new Date(session.endMs).toISOString()) as number[];
  return products.length === 0 ? null : basketContribution(products, session.startMs);
}
