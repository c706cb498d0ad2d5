import { restoreBackup, type RestoreOptions, type Restored } from './restore-backup';

/** The running app's hold on its database, as a restore needs it. */
export interface LiveDatabase {
  databasePath: string;
  /** Refuses new calls, stops schedules, cancels jobs, ends reader threads, closes the main connection. */
  release(): Promise<void>;
  /** Opens the database file again (migrated) with fresh connections, threads and schedules, and takes calls. */
  reopen(): Promise<void>;
}

export type RestoreInPlaceOptions = Omit<RestoreOptions, 'databasePath' | 'release'>;

/**
 * Restores a backup over the database the app has open, through restoreBackup: checked and
 * migrated beside the live file first, so a tampered file or a wrong passphrase changes nothing
 * and the app never stops; then the app lets go of the file, the current database is backed up,
 * the restored one takes its place, and the app opens it. If anything fails after the app let
 * go, the app reopens the file as it was.
 */
export async function restoreInPlace(live: LiveDatabase, options: RestoreInPlaceOptions): Promise<Restored> {
  let released = false;
  try {
    return await restoreBackup({
      ...options,
      databasePath: live.databasePath,
      release: async () => {
        released = true;
        await live.release();
      },
    });
  } finally {
    if (released) await live.reopen();
  }
}
