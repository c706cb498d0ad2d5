import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDatabase, openBackup, withBackupFile, type Unlock } from './decode';
import { checkOnThread } from './check-thread';
import { countRows } from './facts';
import type { BackupManifest } from './format';
import { observed } from './observed';
import { backupRefused } from './problems';
import type { BackupRun } from './progress';
import { openFileSink, openScratchSink, type OpenSink } from './sink';

export interface RestoreToFileOptions extends BackupRun {
  backupPath: string;
  unlock: Unlock;
  targetPath: string;
  openSink?: OpenSink;
}

/**
 * Writes the database a backup holds to `targetPath` after checking every chunk's seal and the
 * checksum of the whole; then checks the file with quick_check and its row counts against the
 * manifest. On any failure nothing is left at `targetPath`.
 */
export async function restoreToFile(options: RestoreToFileOptions): Promise<BackupManifest> {
  const manifest = await withBackupFile(options.backupPath, async (handle) => {
    const opened = await openBackup(handle, options.unlock);
    const sink = await (options.openSink ?? openFileSink)(options.targetPath);
    try {
      await extractDatabase(handle, opened, {
        sink,
        signal: options.signal,
        progress: (done, total) => options.progress?.({ phase: 'extract', done, total }),
      });
      await sink.commit();
    } catch (error) {
      await sink.abandon();
      throw error;
    }
    return opened.manifest;
  });
  try {
    await checkDatabase(options.targetPath, manifest, 'quick');
  } catch (error) {
    await rm(options.targetPath, { force: true });
    throw error;
  }
  return manifest;
}

/**
 * SQLite's structure check and every table's row count against the manifest, side by side: the
 * check on a thread of its own while this one counts. quick_check reads every page's structure in
 * a tenth of integrity_check's time; the full one runs in the background.
 */
export async function checkDatabase(path: string, manifest: BackupManifest, depth: 'quick' | 'full'): Promise<void> {
  const structure = observed(checkOnThread(path, depth === 'quick' ? 'quick_check' : 'integrity_check'));
  const sql = new Database(path, { readonly: true, fileMustExist: true });
  let counts: Record<string, number> | Error;
  try {
    counts = countRows(sql);
  } catch (error) {
    counts = error instanceof Error ? error : new Error(String(error));
  } finally {
    sql.close();
  }
  // Awaited before anything is thrown, so the thread has let go of the file by the time it is removed.
  const result = await structure;
  if (counts instanceof Error) throw counts;
  if (result !== 'ok')
    throw backupRefused('checkFailed', `The database in this backup fails SQLite's ${depth} check: ${result}`);
  for (const [table, rows] of Object.entries(manifest.tables))
    if (counts[table] !== rows)
      throw backupRefused('checkFailed', `The backup's ${table} table holds ${counts[table] ?? 0} rows, not ${rows}.`);
}

export interface VerifyOptions extends BackupRun {
  backupPath: string;
  unlock: Unlock;
  /** Where the test restore is staged and removed again. */
  workFolder: string;
  /** Adds integrity_check: every index against its table, every page; minutes on a large file. */
  full?: boolean;
}

export interface Verified {
  manifest: BackupManifest;
  integrityChecked: boolean;
}

/** A backup counts as good only once this passes: restored whole to a temporary file and checked. */
export async function verifyBackup(options: VerifyOptions): Promise<Verified> {
  const stage = await mkdtemp(join(options.workFolder, '.verify-'));
  try {
    const targetPath = join(stage, 'restored.sqlite');
    const manifest = await restoreToFile({ ...options, targetPath, openSink: openScratchSink });
    if (options.full) {
      options.progress?.({ phase: 'check', done: 0, total: 1 });
      await checkDatabase(targetPath, manifest, 'full');
      options.progress?.({ phase: 'check', done: 1, total: 1 });
    }
    return { manifest, integrityChecked: options.full ?? false };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** What a backup holds, read from its sealed manifest without restoring anything. */
export async function readManifest(backupPath: string, unlock: Unlock): Promise<BackupManifest> {
  return withBackupFile(backupPath, async (handle) => (await openBackup(handle, unlock)).manifest);
}
