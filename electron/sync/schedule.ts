import type Database from 'better-sqlite3';
import type { Clock } from '../host/clock';
import type { SerialQueue } from '../host/serial';
import type { JobControl } from '../jobs/control';
import { periodicCheck, type PeriodicCheck } from '../jobs/periodic-check';
import type { SyncJobInput } from '../jobs/sync-job';
import { retryDelayMs } from './backoff';
import { readSyncSettings } from './hq-settings';
import type { HqUrlStore } from './hq-url-store';
import { readSyncRecord, type SyncRecord } from './sync-record';

/** How often the schedule looks whether a sync is due: a changed interval applies within this. */
const CHECK_EVERY_MS = 30 * 1000;

/**
 * Due when the last attempt is older than the interval, or, after failures, than the back-off's
 * wait (which may be shorter or longer than the interval: it starts at seconds and caps at
 * minutes). Never attempted: due at once. An attempt dated after now was stamped while the clock
 * ran ahead: due at once too, or syncing would stop until that date.
 */
export function syncDue(
  record: Pick<SyncRecord, 'lastAttemptAt' | 'failures'>,
  now: Date,
  intervalMs: number,
): boolean {
  if (record.lastAttemptAt === null) return true;
  const wait = record.failures > 0 ? retryDelayMs(record.failures) : intervalMs;
  const since = now.getTime() - Date.parse(record.lastAttemptAt);
  return since < 0 || since >= wait;
}

export type SyncSchedule = PeriodicCheck;

/**
 * Syncs on its own while the app runs, as the file's first active admin (no session stands behind
 * a scheduled job; the runner records it by staff id). Each look reads the settings and head
 * office's address again, so turning sync off, changing the interval or saving an address applies
 * without a restart. The address is only decrypted when a sync is due.
 */
export function startSyncSchedule(deps: {
  sql: Database.Database;
  jobs: JobControl;
  clock: Clock;
  queue: SerialQueue;
  hqUrls: HqUrlStore;
  environment?: NodeJS.ProcessEnv;
}): SyncSchedule {
  const check = (): number | null => {
    const settings = readSyncSettings(deps.sql, deps.environment);
    if (!settings.enabled || settings.intervalMinutes === null) return null;
    if (!syncDue(readSyncRecord(deps.sql), deps.clock.now(), settings.intervalMinutes * 60_000)) return null;
    const hqUrl = deps.hqUrls.resolve().url;
    if (hqUrl === null) return null;
    const admin = deps.sql
      .prepare(
        `SELECT "id", "store_id" FROM "staff_members" WHERE "role" = 'admin' AND "is_active" = 1 ORDER BY "id" LIMIT 1`,
      )
      .get() as { id: number; store_id: number } | undefined;
    if (!admin) return null;
    const input: SyncJobInput = { hqUrl };
    try {
      return deps.jobs.start('sync', input, {
        staffId: admin.id,
        role: 'admin',
        storeId: admin.store_id,
        sessionToken: '',
      });
    } catch {
      // One is already running, or a write job holds the file: the next look tries again.
      return null;
    }
  };
  return periodicCheck(deps.queue, CHECK_EVERY_MS, check);
}
