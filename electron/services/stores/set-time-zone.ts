import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { requireZonedStore, type ZonedStore } from './store-zone';

/**
 * Moves a store to another time zone. Nothing stored changes but the name: instants stay UTC,
 * and every day the store reports on is read through its zone when asked.
 */
export function setStoreTimeZone(sql: Database.Database, storeId: number, timeZone: string, now: Date): ZonedStore {
  requireZonedStore(sql, storeId);
  prepared(sql, 'UPDATE "stores" SET "time_zone" = ?, "updated_at" = ? WHERE "id" = ?').run(
    timeZone,
    now.toISOString(),
    storeId,
  );
  return requireZonedStore(sql, storeId);
}
