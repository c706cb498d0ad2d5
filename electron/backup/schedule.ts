import type Database from 'better-sqlite3';
import type { Clock } from '../host/clock';
import type { Actor } from '../host/sessions';
import type { SerialQueue } from '../host/serial';
import type { JobControl } from '../jobs/control';
import { periodicCheck, type PeriodicCheck } from '../jobs/periodic-check';
import { listBackups, markAwaitingFullCheck, readState, type ListedBackup } from './backup-list';
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
 *
 * Those full checks take turns, one at a time (the runner allows one per person anyway). A backup
 * verified while a check runs is marked as waiting for its own (`awaitingFullCheck` in its state
 * file, so the Backups screen says so and a restart still checks it), and its check starts when
 * the running one ends. Only one waits: a newer backup takes an older one's place, and the older
 * one stays verified (test-restored and quick-checked) without its full check. The newest is the
 * one a restore would start from and the one retention keeps longest; checking every backup that
 * piled up would keep the cores busy, check after check of minutes each, whenever backups come
 * faster than checks end. An admin can still check any older one with Verify.
 */
export function startBackupSchedule(deps: {
  sql: Database.Database;
  jobs: JobControl;
  clock: Clock;
  queue: SerialQueue;
}): BackupSchedule {
  let stopped = false;
  /** A full check this schedule started is running; the waiting one starts when it ends. */
  let checking = false;

  /** At once rather than at the next minute, on the queue like every use of the main connection. */
  const lookAgain = () => {
    if (!stopped)
      periodic.checkNow().catch((error: unknown) => console.error('The backup schedule could not look again', error));
  };

  const startAwaitedCheck = (folder: string, backups: ListedBackup[], actor: Actor) => {
    const awaiting = backups.find((backup) => backup.awaitingFullCheck);
    if (checking || !awaiting) return;
    const input: VerifyJobInput = { folder, name: awaiting.name };
    try {
      deps.jobs.start('backup.verify', input, actor, () => {
        checking = false;
        lookAgain();
      });
    } catch {
      // The admin's own check of a backup is running (the runner refuses a second): the next look tries again.
      return;
    }
    checking = true;
    // Its job is only queued yet, so the mark is cleared before the check can record its outcome.
    markAwaitingFullCheck(folder, awaiting.name, false);
  };

  const check = (): number | null => {
    if (stopped) return null;
    const settings = readBackupSettings(deps.sql);
    if (settings.folder === null || settings.savedBy === null) return null;
    const actor = activeAdmin(deps.sql, settings.savedBy);
    if (!actor) return null;
    const backups = listBackups(settings.folder);
    startAwaitedCheck(settings.folder, backups, actor);
    const now = deps.clock.now();
    // A backup named for a time still to come was taken while the clock ran ahead: as the newest,
    // it would hold every backup off until then.
    const newest = backups.find((backup) => Date.parse(backup.createdAt) <= now.getTime());
    if (!backupDue(newest ? new Date(newest.createdAt) : null, now, settings.everyHours)) return null;
    const input: BackupJobInput = { folder: settings.folder, keepRecent: settings.keepRecent, now: now.toISOString() };
    const name = backupFileName(now);
    const thenCheckFully = (status: string) => {
      if (status !== 'succeeded' || readState(input.folder, name)?.state !== 'verified') return;
      // Only the newest waits (see above): it takes the place of any backup still waiting.
      for (const older of listBackups(input.folder).filter((backup) => backup.awaitingFullCheck))
        markAwaitingFullCheck(input.folder, older.name, false);
      markAwaitingFullCheck(input.folder, name, true);
      lookAgain();
    };
    try {
      return deps.jobs.start('backup.create', input, actor, thenCheckFully);
    } catch {
      // One is already running (the runner refuses a second of a kind for one person), or a write job
      // holds the file: the next look tries again.
      return null;
    }
  };
  const periodic = periodicCheck(deps.queue, CHECK_EVERY_MS, check);
  return {
    checkNow: periodic.checkNow,
    stop() {
      // Checks still running end as the app closes; none may start another after this.
      stopped = true;
      periodic.stop();
    },
  };
}

function activeAdmin(sql: Database.Database, staffId: number): Actor | null {
  const row = sql
    .prepare(`SELECT "id", "store_id" FROM "staff_members" WHERE "id" = ? AND "role" = 'admin' AND "is_active" = 1`)
    .get(staffId) as { id: number; store_id: number } | undefined;
  // No session stands behind a scheduled job; the runner records and audits it by staff id alone.
  return row ? { staffId: row.id, role: 'admin', storeId: row.store_id, sessionToken: '' } : null;
}
