import type Database from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from '../../database/prepared';
import { syncIntervalMinutes } from '../../shared/contract/sync';

const SETTINGS_KEY = 'sync';

/** Minutes between automatic syncs until an admin chooses; BACKROOM_HQ_SYNC_MINUTES sets another. */
const DEFAULT_SYNC_MINUTES = 5;
const INTERVAL_VARIABLE = 'BACKROOM_HQ_SYNC_MINUTES';

/** What an admin sets for sync. Nothing secret: head office's address is kept apart (hq-url-store.ts). */
const syncSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Null: no automatic syncs, only when an admin asks. */
  intervalMinutes: syncIntervalMinutes,
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** Before an admin saves anything: on, every BACKROOM_HQ_SYNC_MINUTES (when a valid interval) or 5 minutes. */
function defaultSyncSettings(environment: NodeJS.ProcessEnv): SyncSettings {
  const fromEnvironment = syncIntervalMinutes.safeParse(Number(environment[INTERVAL_VARIABLE] ?? Number.NaN));
  return {
    enabled: true,
    intervalMinutes:
      fromEnvironment.success && fromEnvironment.data !== null ? fromEnvironment.data : DEFAULT_SYNC_MINUTES,
  };
}

/** Read at every look of the schedule, so a saved change applies without a restart. */
export function readSyncSettings(sql: Database.Database, environment: NodeJS.ProcessEnv = process.env): SyncSettings {
  const value = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').pluck().get(SETTINGS_KEY);
  if (typeof value !== 'string') return defaultSyncSettings(environment);
  const parsed = syncSettingsSchema.safeParse(JSON.parse(value));
  return parsed.success ? parsed.data : defaultSyncSettings(environment);
}

export function writeSyncSettings(sql: Database.Database, settings: SyncSettings): void {
  prepared(
    sql,
    'INSERT INTO "settings" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
  ).run(SETTINGS_KEY, JSON.stringify(syncSettingsSchema.parse(settings)));
}
