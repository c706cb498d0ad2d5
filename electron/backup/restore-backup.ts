import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openDatabase } from '../../database/data-source';
import { syncRestoredInPlaceOf } from '../sync/restored-file';
import { createBackup, type CreatedBackup } from './create-backup';
import type { Unlock } from './decode';
import type { BackupManifest } from './format';
import type { PassphraseKey } from './keys';
import type { BackupRun } from './progress';
import { restoreToFile } from './verify-backup';

export interface RestoreOptions extends BackupRun {
  backupPath: string;
  unlock: Unlock;
  /** The live database file that is replaced. */
  databasePath: string;
  /** Where the backup of the current database, taken first, goes. */
  safetyFolder: string;
  /** The key the safety backup is sealed with, when backups are encrypted. */
  safetyKey?: PassphraseKey;
  now: Date;
  /**
   * Closes every connection, thread and job the app holds on the database: called once the backup
   * has been checked and migrated, before the current database is backed up and swapped out.
   */
  release(): Promise<void>;
}

export interface Restored {
  manifest: BackupManifest;
  /** The backup of the database as it was just before. */
  safety: CreatedBackup;
}

/**
 * Replaces the live database with a backup's. Everything that can fail runs before the live file is
 * touched: the restored copy is checked (seals, checksum, quick_check, row counts) and migrated to
 * this version's schema beside the live file. Then the app's connections are released, so nothing
 * is written after the backup of the current database that follows; only once that backup is
 * written, and the copy has taken over the live file's place at head office, is the copy renamed
 * over the live file, in one step. The caller reopens the database afterwards (also when a
 * failure came after the release: the live file is then as it was).
 */
export async function restoreBackup(options: RestoreOptions): Promise<Restored> {
  const stagedPath = `${options.databasePath}.restoring`;
  try {
    const manifest = await restoreToFile({ ...options, targetPath: stagedPath });
    options.progress?.({ phase: 'migrate', done: 0, total: 1 });
    const migrated = await openDatabase(stagedPath);
    await migrated.destroy();
    options.progress?.({ phase: 'migrate', done: 1, total: 1 });
    options.signal?.throwIfAborted();
    await options.release();
    const safety = await createBackup({
      databasePath: options.databasePath,
      folder: options.safetyFolder,
      now: options.now,
      passphraseKey: options.safetyKey,
      signal: options.signal,
      progress: options.progress,
    });
    options.signal?.throwIfAborted();
    options.progress?.({ phase: 'replace', done: 0, total: 1 });
    syncRestoredInPlaceOf(stagedPath, options.databasePath);
    // A WAL left beside the old file would be replayed into the new one; its contents are in the safety backup.
    await rm(`${options.databasePath}-wal`, { force: true });
    await rm(`${options.databasePath}-shm`, { force: true });
    await rename(stagedPath, options.databasePath);
    await syncFolder(dirname(options.databasePath));
    options.progress?.({ phase: 'replace', done: 1, total: 1 });
    return { manifest, safety };
  } finally {
    await rm(stagedPath, { force: true });
    await rm(`${stagedPath}-wal`, { force: true });
    await rm(`${stagedPath}-shm`, { force: true });
  }
}

/** Makes a rename survive a power cut. Windows cannot open a folder this way, and renames there are already durable. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has happened.
  } finally {
    await handle.close();
  }
}
