import type Database from 'better-sqlite3';
import type { Clock } from '../../host/clock';
import type { SerialQueue } from '../../host/serial';
import type { Actor } from '../../host/sessions';
import type { JobControl } from '../../jobs/control';
import { periodicCheck, type PeriodicCheck } from '../../jobs/periodic-check';
import { retryDelayMs, type BackoffPolicy } from '../../sync/backoff';
import { listBackups } from '../backup-list';
import { readBackupSettings } from '../settings';
import { readSavedOffsite, resolveOffsite } from './offsite-config';
import type { OffsiteUploadInput } from './offsite-jobs';
import { readOffsiteRecord, type OffsiteRecord } from './offsite-record';

/** How often the schedule looks for verified backups the bucket lacks: a look reads the folder, not the bucket. */
const CHECK_EVERY_MS = 30 * 1000;
/** After a failure: a minute, then doubling, never more than an hour between tries. */
export const OFFSITE_BACKOFF: BackoffPolicy = { baseMs: 60_000, maxMs: 60 * 60_000 };

/** Verified backups in the folder that no run has settled yet (sent, or left out by the retention rule). */
export function pendingOffsite(folder: string, record: OffsiteRecord): string[] {
  const settled = new Set(record.settled);
  return listBackups(folder)
    .filter((backup) => backup.state === 'verified' && !settled.has(backup.name))
    .map((backup) => backup.name);
}

/** When the next try is due: at once after a success, after the back-off's wait after failures; null with nothing to send. */
export function nextOffsiteAttempt(record: OffsiteRecord, pending: number, now: Date): Date | null {
  if (pending === 0) return null;
  if (record.failures === 0 || record.lastAttemptAt === null) return now;
  return new Date(Date.parse(record.lastAttemptAt) + retryDelayMs(record.failures, OFFSITE_BACKOFF));
}

export type OffsiteSchedule = PeriodicCheck;

/**
 * Sends verified backups to the bucket soon after they are made, and tries again after a failure
 * with a growing wait. Runs as the admin who saved the bucket, or, for a bucket named by the
 * environment, the file's first active admin.
 */
export function startOffsiteSchedule(deps: {
  sql: Database.Database;
  databasePath: string;
  jobs: JobControl;
  clock: Clock;
  queue: SerialQueue;
  environment?: NodeJS.ProcessEnv;
}): OffsiteSchedule {
  const check = (): number | null => {
    const { folder, keepRecent } = readBackupSettings(deps.sql);
    if (folder === null) return null;
    const resolved = resolveOffsite(deps.sql, deps.databasePath, deps.environment);
    if (!resolved?.secretAccessKey) return null;
    const record = readOffsiteRecord(folder);
    const now = deps.clock.now();
    const next = nextOffsiteAttempt(record, pendingOffsite(folder, record).length, now);
    if (next === null || next > now) return null;
    const actor = adminFor(deps.sql, readSavedOffsite(deps.sql)?.savedBy ?? null);
    if (!actor) return null;
    const input: OffsiteUploadInput = { folder, keepRecent, now: now.toISOString() };
    try {
      return deps.jobs.start('backup.upload', input, actor);
    } catch {
      // One is already running, or a write job holds the file: the next look tries again.
      return null;
    }
  };
  return periodicCheck(deps.queue, CHECK_EVERY_MS, check);
}

function adminFor(sql: Database.Database, staffId: number | null): Actor | null {
  const row = sql
    .prepare(
      `SELECT "id", "store_id" FROM "staff_members"
       WHERE "role" = 'admin' AND "is_active" = 1 AND (? IS NULL OR "id" = ?) ORDER BY "id" LIMIT 1`,
    )
    .get(staffId, staffId) as { id: number; store_id: number } | undefined;
  // No session stands behind a scheduled job; the runner records and audits it by staff id alone.
  return row ? { staffId: row.id, role: 'admin', storeId: row.store_id, sessionToken: '' } : null;
}
