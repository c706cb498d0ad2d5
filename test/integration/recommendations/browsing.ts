import type Database from 'better-sqlite3';
import { rebuildInteractionPairs } from '../../../electron/services/recommendations/interaction-rebuild';
import { recordInteractionPairs } from '../../../electron/services/recommendations/interaction-pairs';
import { readItemTables, rebuiltItemTables, type ItemTables } from './item-tables';

export const DAY_MS = 86_400_000;

export interface BrowsingEvent {
  customerId: number;
  productId: number;
  atMs: number;
  kind: 'viewed' | 'added_to_cart' | 'rated';
  rating: number | null;
}

/**
 * Stores each event and counts it into the session tables in one transaction, as recording or an
 * import does; an event already stored (same customer, product, kind and instant) is skipped.
 */
export function recordBrowsing(sql: Database.Database, events: readonly BrowsingEvent[]): void {
  const insert = sql.prepare(
    `INSERT OR IGNORE INTO customer_interactions (customer_id, product_id, kind, rating, occurred_at) VALUES (?, ?, ?, ?, ?)`,
  );
  sql.transaction(() => {
    for (const { customerId, productId, atMs, kind, rating } of events) {
      const occurredAt = new Date(atMs).toISOString();
      const stored = insert.run(customerId, productId, kind, rating, occurredAt);
      if (stored.changes === 0) continue;
      recordInteractionPairs(sql, {
        id: Number(stored.lastInsertRowid),
        customerId,
        productId,
        kind,
        rating,
        orderId: null,
        occurredAt,
      });
    }
  })();
}

/** The viewed-together tables as they are kept. */
export const readSessionTables = (sql: Database.Database): ItemTables =>
  readItemTables(sql, { products: 'recommendation_interaction_products', pairs: 'recommendation_interaction_pairs' });

/** What a rebuild of the viewed-together tables computes now; the kept tables stay as they are. */
export const rebuiltSessionTables = (sql: Database.Database): ItemTables =>
  rebuiltItemTables(
    sql,
    () => rebuildInteractionPairs(sql),
    () => readSessionTables(sql),
  );
