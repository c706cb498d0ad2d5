import type Database from 'better-sqlite3';
import type { Clock } from '../host/clock';
import type { SerialQueue } from '../host/serial';
import type { JobControl } from '../jobs/control';
import { periodicCheck, type PeriodicCheck } from '../jobs/periodic-check';
import type { SyncJobInput } from '../jobs/sync-job';
import { retryDelayMs } from './backoff';
import { configuredHqUrl } from './hq-url';
import { readSyncRecord, type SyncRecord } from './sync-record';

/** How often the schedule looks whether a sync is due. */
const CHECK_EVERY_MS = 30 * 1000;
/** Between two syncs that went well; BACKROOM_HQ_SYNC_MINUTES sets another. */
export const DEFAULT_SYNC_MINUTES = 5;

/**
 * Due when the last attempt is older than the interval, or, after failures, than the back-off's
 * wait (which may be shorter or longer than the interval: it starts at seconds and caps at
 * minutes). Never attempted: due at once.
 */
export function syncDue(
  record: Pick<SyncRecord, 'lastAttemptAt' | 'failures'>,
  now: Date,
  intervalMs: number,
): boolean {
  if (record.lastAttemptAt === null) return true;
  const wait = record.failures > 0 ? retryDelayMs(record.failures) : intervalMs;
  return now.getTime() - Date.parse(record.lastAttemptAt) >= wait;
}

export type SyncSchedule = PeriodicCheck;

/**
 * Syncs on its own while the app runs, when head office was set up as it started, as the file's first active
 * admin (no session stands behind a scheduled job; the runner records it by staff id).
 */
export function startSyncSchedule(deps: {
  sql: Database.Database;
  jobs: JobControl;
  clock: Clock;
  queue: SerialQueue;
  environment?: NodeJS.ProcessEnv;
}): SyncSchedule {
  const environment = deps.environment ?? process.env;
  const minutes = Number(environment.BACKROOM_HQ_SYNC_MINUTES ?? DEFAULT_SYNC_MINUTES);
  const intervalMs = (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_SYNC_MINUTES) * 60_000;
  // Read once: head office is set up before the app starts (the Sync screen says so).
  const hqUrl = configuredHqUrl(environment);
  const check = (): number | null => {
    if (hqUrl === null || !syncDue(readSyncRecord(deps.sql), deps.clock.now(), intervalMs)) return null;
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
      // One is already running: the next look tries again.
      return null;
    }
  };
  return periodicCheck(deps.queue, CHECK_EVERY_MS, check);
}
