import type { DataSource } from 'typeorm';
import { sqliteOf } from '../../database/data-source';
import { takeBackup } from './backup-jobs';
import type { BackupProgress } from './progress';
import { readBackupSettings } from './settings';

/** How long a backup may hold up quitting by default: a few minutes covers several GB; past it, quitting wins. */
export const QUIT_BACKUP_LIMIT_MS = 5 * 60 * 1000;

export interface QuitBackupOptions {
  /** Past this the backup is abandoned (no partial file is left) and the app quits anyway. */
  limitMs?: number;
  /** How far the backup is, for a window's progress bar or a terminal. */
  progress?(report: BackupProgress): void;
  /** Where a failure is told; it never stops the quit. */
  log?(message: string): void;
  now?: Date;
}

export type QuitBackupOutcome =
  | { taken: false; reason: 'off' | 'noFolder' }
  | { taken: true; name: string; state: string }
  | { taken: false; reason: 'failed'; error: string };

/** What closing needs of the app: its database (for the settings and the path) and how to close it. */
export interface Closable {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Quits the way the admin asked: closes the app (jobs cancelled, every connection closed, so the
 * file is whole and quiet), then, when "back up on quit" is on and a folder is chosen, backs up
 * and verifies it within a time limit. A failure or the limit is logged and the quit goes on;
 * the app is closed whatever happens. Plain Node: Electron's quit and the browser host's stop
 * signal both call this.
 */
export async function closeWithBackup(app: Closable, options: QuitBackupOptions = {}): Promise<QuitBackupOutcome> {
  const log = options.log ?? ((message: string) => console.error(message));
  const databasePath = app.dataSource.options.database as string;
  let settings;
  try {
    settings = readBackupSettings(sqliteOf(app.dataSource));
  } finally {
    await app.close();
  }
  if (!settings.onQuit) return { taken: false, reason: 'off' };
  if (settings.folder === null) return { taken: false, reason: 'noFolder' };

  const limitMs = options.limitMs ?? QUIT_BACKUP_LIMIT_MS;
  const signal = AbortSignal.timeout(limitMs);
  try {
    const taken = await takeBackup({
      databasePath,
      folder: settings.folder,
      keepRecent: settings.keepRecent,
      now: options.now ?? new Date(),
      signal,
      progress: options.progress,
    });
    if (taken.state !== 'verified') log(`The backup taken on quitting, ${taken.name}, did not verify: ${taken.error}`);
    return { taken: true, name: taken.name, state: taken.state };
  } catch (error) {
    const reason = signal.aborted
      ? `it did not finish within ${Math.round(limitMs / 1000)} s`
      : error instanceof Error
        ? error.message
        : String(error);
    log(`No backup was taken on quitting: ${reason}`);
    return { taken: false, reason: 'failed', error: reason };
  }
}
