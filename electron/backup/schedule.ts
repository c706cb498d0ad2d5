import type Database from 'better-sqlite3';
import type { Clock } from '../host/clock';
import type { Actor } from '../host/sessions';
import type { SerialQueue } from '../host/serial';
import type { JobControl } from '../jobs/control';
import { periodicCheck, type PeriodicCheck } from '../jobs/periodic-check';
import { listBackups, readState } from './backup-list';
import type { BackupJobInput, VerifyJobInput } from './backup-jobs';
import { backupFileName } from './create-backup';
import { readBackupSettings } from './settings';

const HOUR_MS = 60 * 60 * 1000;
/** How often the schedule looks whether a backup is due: a minute late is no harm, and a look costs a folder listing. */
const CHECK_EVERY_MS = 60 * 1000;

/** Due once `everyHours` have passed since the newest backup in the folder, or at once when there is none. */
export function backupDue(newest: Date | null, now: Date, everyHours: number): boolean {
  return newest === null || now.getTime() - newest.getTime() >= everyHours * HOUR_MS;
}

export type BackupSchedule = PeriodicCheck;

/**
 * Backs up every N hours while the app runs, as the admin who chose the settings (a disabled or
 * demoted admin's schedule stops until an admin saves the settings again). Nothing runs until a
 * destination folder is chosen. Once a scheduled backup is verified, a second job gives it the
 * full integrity_check in the background (minutes on a large file), and records what it found.
 */
export function startBackupSchedule(deps: {
  sql: Database.Database;
  jobs: JobControl;
  clock: Clock;
  queue: SerialQueue;
}): BackupSchedule {
  const check = (): number | null => {
    const settings = readBackupSettings(deps.sql);
    if (settings.folder === null || settings.savedBy === null) return null;
    const now = deps.clock.now();
    // A backup named for a time still to come was taken while the clock ran ahead: as the newest,
    // it would hold every backup off until then.
    const newest = listBackups(settings.folder).find((backup) => Date.parse(backup.createdAt) <= now.getTime());
    if (!backupDue(newest ? new Date(newest.createdAt) : null, now, settings.everyHours)) return null;
    const actor = activeAdmin(deps.sql, settings.savedBy);
    if (!actor) return null;
    const input: BackupJobInput = { folder: settings.folder, keepRecent: settings.keepRecent, now: now.toISOString() };
    const name = backupFileName(now);
    const thenCheckFully = (status: string) => {
      if (status !== 'succeeded' || readState(input.folder, name)?.state !== 'verified') return;
      const check: VerifyJobInput = { folder: input.folder, name };
      // On the queue like every use of the main connection: the runner records the job there.
      void deps.queue
        .run(() => Promise.resolve(deps.jobs.start('backup.verify', check, actor)))
        .catch((error: unknown) => console.error(`The full check of ${name} did not start`, error));
    };
    try {
      return deps.jobs.start('backup.create', input, actor, thenCheckFully);
    } catch {
      // One is already running (the runner refuses a second of a kind for one person): the next look tries again.
      return null;
    }
  };
  return periodicCheck(deps.queue, CHECK_EVERY_MS, check);
}

function activeAdmin(sql: Database.Database, staffId: number): Actor | null {
  const row = sql
    .prepare(`SELECT "id", "store_id" FROM "staff_members" WHERE "id" = ? AND "role" = 'admin' AND "is_active" = 1`)
    .get(staffId) as { id: number; store_id: number } | undefined;
  // No session stands behind a scheduled job; the runner records and audits it by staff id alone.
  return row ? { staffId: row.id, role: 'admin', storeId: row.store_id, sessionToken: '' } : null;
}
