import type Database from 'better-sqlite3';
import { prepared } from './prepared';
import { rebuildStatements } from './migrations/0010-sales-rollups/rebuild';
import { productRebuildStatements as rebuildGrainStatements } from './migrations/0011-sales-rollup-grains/rebuild';
import { dayRebuildStatements as rebuildStoreCustomerStatements } from './migrations/0014-store-customer-ranks/rebuild';
import {
  rebuildStatements as rebuildHourMonthStatements,
  triggerNames as hourMonthTriggerNames,
  triggerStatements as hourMonthTriggerStatements,
} from './migrations/0018-store-hour-months';
import {
  rebuildStatements as rebuildStorePairStatements,
  triggerNames as storePairTriggerNames,
  triggerStatements as storePairTriggerStatements,
} from './migrations/0019-store-category-brands';
import {
  productTriggerNames as grainTriggerNames,
  productTriggerStatements as grainTriggerStatements,
} from './migrations/0011-sales-rollup-grains/triggers';
import {
  raiseStatements as raiseCustomerDayStatements,
  triggerNames as customerDayTriggerNames,
  triggerStatements as customerDayTriggerStatements,
} from './migrations/0021-customer-day-versions';
import { utcOffsetTransitions } from './migrations/0010-sales-rollups/utc-offsets';

export { utcOffsetTransitions } from './migrations/0010-sales-rollups/utc-offsets';

/**
 * Recomputes the sales rollups (docs/analytics.md) from the orders, for every store or one.
 * Triggers keep them current on every write, bulk inserts included; this is for a store whose
 * time zone changed, a writer that bypassed triggers, or a check. Run it inside the caller's
 * write transaction: the rollups are never seen half rebuilt.
 *
 * The coarser tables of migrations 0011 and 0019 follow sales_product_days row by row, and the
 * months of hours of 0018 follow sales_store_hours; while the days are rebuilt their triggers are set aside
 * (other connections never see them gone, the DDL being part of the transaction) and the coarser
 * tables are recomputed at once afterwards: one store's category, brand, pair and hour rows, and the
 * product ranks, which cover every store, whole. Customers' days per store (migrations 0014 and
 * 0024) follow the orders, not the days: one store's are recomputed, with their days' versions
 * (migration 0021) raised once each instead of row by row.
 */
export function rebuildSalesRollups(sql: Database.Database, storeId?: number): void {
  for (const name of [
    ...grainTriggerNames,
    ...storePairTriggerNames,
    ...hourMonthTriggerNames,
    ...customerDayTriggerNames,
  ])
    sql.prepare(`DROP TRIGGER "${name}"`).run();
  for (const statement of [
    ...rebuildStatements(storeId ?? null),
    ...rebuildGrainStatements(storeId ?? null),
    ...grainTriggerStatements,
    ...rebuildStorePairStatements(storeId ?? null),
    ...storePairTriggerStatements,
    ...rebuildHourMonthStatements(storeId ?? null),
    ...hourMonthTriggerStatements,
    ...rebuildStoreCustomerStatements(storeId ?? null),
    ...raiseCustomerDayStatements(storeId ?? null),
    ...customerDayTriggerStatements,
  ]) {
    sql.prepare(statement).run();
  }
}

/**
 * Writes the UTC offsets the rollup triggers read a store's local days with. Every write that
 * gives a store a zone calls it (first run, the demo stores, a change of zone); a store in UTC
 * gets its one row from a trigger as well.
 */
export function writeStoreUtcOffsets(sql: Database.Database, storeId: number, timeZone: string): void {
  prepared(sql, 'DELETE FROM "store_utc_offsets" WHERE "store_id" = ?').run(storeId);
  const insert = prepared(
    sql,
    'INSERT INTO "store_utc_offsets" ("store_id", "from_at", "offset_seconds") VALUES (?, ?, ?)',
  );
  for (const { fromAt, offsetSeconds } of utcOffsetTransitions(timeZone)) insert.run(storeId, fromAt, offsetSeconds);
}
