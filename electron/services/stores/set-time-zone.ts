import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { rebuildSalesRollups, writeStoreUtcOffsets } from '../../../database/sales-rollups';
import { requireZonedStore, type ZonedStore } from './store-zone';

/**
 * Moves a store to another time zone. Instants stay UTC and most figures read days through the
 * zone when asked; the sales rollups file sales under local days, so the store's UTC offsets are
 * rewritten and its rollups rebuilt in the same transaction.
 */
export function setStoreTimeZone(sql: Database.Database, storeId: number, timeZone: string, now: Date): ZonedStore {
  const before = requireZonedStore(sql, storeId);
  prepared(sql, 'UPDATE "stores" SET "time_zone" = ?, "updated_at" = ? WHERE "id" = ?').run(
    timeZone,
    now.toISOString(),
    storeId,
  );
  if (before.timeZone !== timeZone) {
    writeStoreUtcOffsets(sql, storeId, timeZone);
    rebuildSalesRollups(sql, storeId);
  }
  return requireZonedStore(sql, storeId);
}
