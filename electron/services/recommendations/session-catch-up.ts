import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { applyBasketChange, SESSION_TABLES } from './basket-change';
import { basketContribution } from './basket-pairs';
import { INTEREST_SQL, pruneSessionNeighbours, sessionOf } from './interaction-pairs';
import type { SessionTable } from './interaction-rebuild';
import { sessionBasket } from './session-basket';

/** The newest interaction and customer merge a snapshot saw: anything above them came after. */
export interface SessionMarks {
  interaction: number;
  merge: number;
}

/**
 * Brings freshly swapped-in session tables, computed from `snapshot`, up to the interactions as
 * they stand, in the swap's transaction. A session changes after the snapshot in two ways only
 * (events are never edited or deleted): an event is recorded into it, or a customer merge moves
 * the source's events into the target's days (recorded by joinMergedSessions). Each changed
 * session (a customer's day) moves from the basket the snapshot counted to the basket it has now,
 * as the basket swap moves each changed order; a merged customer's every day is such a session,
 * the target's too, so a chain of merges (A into B, then B into C) ends where a rebuild would.
 * Each product of a session now is then cut back if its list passed the bound.
 */
export function catchUpSessions(
  sql: Database.Database,
  snapshot: SessionTable,
  marks: SessionMarks,
): { caughtUp: number; merged: number } {
  const changed = new Map<number, Set<number>>();
  const change = (customerId: number, startMs: number) => {
    let days = changed.get(customerId);
    if (!days) changed.set(customerId, (days = new Set()));
    days.add(startMs);
  };

  const events = prepared(
    sql,
    `SELECT "customer_id", "occurred_at", ${INTEREST_SQL} FROM "customer_interactions" WHERE "id" > ?`,
  )
    .raw()
    .all(marks.interaction) as [customerId: number, occurredAt: string, interest: number][];
  for (const [customerId, occurredAt, interest] of events)
    if (interest) change(customerId, sessionOf(Date.parse(occurredAt)).startMs);

  const merges = prepared(
    sql,
    'SELECT "source_id", "target_id" FROM "recommendation_session_merges" WHERE "id" > ? ORDER BY "id"',
  )
    .raw()
    .all(marks.merge) as [sourceId: number, targetId: number][];
  const currentDays = prepared(
    sql,
    `SELECT DISTINCT date("occurred_at") FROM "customer_interactions" WHERE "customer_id" = ? AND ${INTEREST_SQL}`,
  ).pluck();
  for (const customerId of new Set(merges.flat())) {
    for (const b of snapshotSessions(snapshot, customerId).keys()) change(customerId, b);
    for (const day of currentDays.all(customerId) as string[]) change(customerId, Date.parse(`${day}T00:00:00Z`));
  }

  const touched = new Set<number>();
  for (const [customerId, days] of changed) {
    const counted = snapshotSessions(snapshot, customerId);
    for (const startMs of days) {
      const b = counted.get(startMs);
      const before =
        b === undefined
          ? null
          : basketContribution(snapshot.products.subarray(snapshot.starts[b], snapshot.starts[b + 1]), startMs);
      const now = sessionBasket(sql, [customerId], sessionOf(startMs));
      applyBasketChange(sql, before, now, SESSION_TABLES);
      for (const product of now?.products ?? []) touched.add(product);
    }
  }
  for (const product of touched) pruneSessionNeighbours(sql, product);
  return { caughtUp: events.length, merged: merges.length };
}

/** A customer's sessions in the snapshot, by their day's start: a range of it, which is in customer order. */
function snapshotSessions({ customers, count, placedAtMs }: SessionTable, customerId: number): Map<number, number> {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (customers[middle]! < customerId) low = middle + 1;
    else high = middle;
  }
  const sessions = new Map<number, number>();
  for (let b = low; b < count && customers[b] === customerId; b++) sessions.set(placedAtMs[b]!, b);
  return sessions;
}
