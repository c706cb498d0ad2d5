import { dirname, join } from 'node:path';
import type { JobContext, JobDefinition } from '../jobs/kinds';
import { backupPath, deleteBackup, listBackups, recordState, type BackupState } from './backup-list';
import { createBackup } from './create-backup';
import { checkBackupFully } from './integrity-check';
import { loadBackupKey } from './key-file';
import { problemOf } from './problems';
import type { BackupRun } from './progress';
import { backupsToDelete } from './retention';
import { verifyBackup } from './verify-backup';

export interface BackupJobInput {
  folder: string;
  keepRecent: number;
  now: string;
}

export interface VerifyJobInput {
  folder: string;
  name: string;
}

export interface CheckOutcome {
  state: Exclude<BackupState, 'unverified'>;
  fullyChecked: boolean;
  error: string | null;
}

function databasePathOf(ctx: JobContext): string {
  return ctx.dataSource.options.database as string;
}

/** Byte counts for every phase but the full check's, which counts rows of tables checked. */
function runOf(ctx: JobContext): BackupRun {
  return {
    signal: ctx.signal,
    progress: ({ phase, done, total }) =>
      ctx.progress(phase === 'check' ? { phase, done, total } : { phase, done, total, unit: 'bytes' }),
  };
}

/**
 * Test-restores a backup (with `full`, SQLite's integrity_check too) and records the outcome
 * beside it. A cancelled check records nothing: the backup keeps the state it had.
 */
export async function checkAndRecord(
  databasePath: string,
  folder: string,
  name: string,
  full: boolean,
  run: BackupRun,
): Promise<CheckOutcome> {
  const key = loadBackupKey(databasePath);
  const options = {
    backupPath: join(folder, name),
    unlock: key ? { passphraseKey: key } : null,
    workFolder: dirname(databasePath),
    ...run,
  };
  try {
    if (full) await checkBackupFully(options);
    else await verifyBackup(options);
    recordState(folder, name, { state: 'verified', fullyChecked: full, checkedAt: new Date().toISOString() });
    return { state: 'verified', fullyChecked: full, error: null };
  } catch (error) {
    if (run.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const problem = problemOf(error);
    // A wrong passphrase or a full disk says nothing of the backup itself.
    const state = problem === 'damaged' || problem === 'checkFailed' || problem === 'notABackup' ? 'damaged' : 'failed';
    recordState(folder, name, { state, checkedAt: new Date().toISOString(), error: message });
    return { state, fullyChecked: false, error: message };
  }
}

export interface TakeBackupOptions extends BackupRun {
  databasePath: string;
  folder: string;
  keepRecent: number;
  now: Date;
}

/**
 * Backs up, verifies (a backup counts only once verified), then thins the folder by the retention
 * rule. The backup is read from an online snapshot on its own connection: the app goes on writing.
 */
export async function takeBackup(options: TakeBackupOptions) {
  const key = loadBackupKey(options.databasePath);
  const created = await createBackup({
    databasePath: options.databasePath,
    folder: options.folder,
    now: options.now,
    passphraseKey: key ?? undefined,
    signal: options.signal,
    progress: options.progress,
  });
  const checked = await checkAndRecord(options.databasePath, options.folder, created.name, false, options);
  const listed = listBackups(options.folder);
  const deleted = backupsToDelete(
    listed.map((backup, index) => ({
      id: index,
      createdAt: new Date(backup.createdAt),
      verified: backup.state === 'verified',
    })),
    options.now,
    options.keepRecent,
  );
  for (const index of deleted) deleteBackup(options.folder, listed[index]!.name);
  return { name: created.name, bytes: created.bytes, encrypted: key !== null, ...checked, removed: deleted.length };
}

/** A backup as a read job: its own connections read one snapshot and never take the write lock. */
export const backupCreateJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as BackupJobInput;
    return takeBackup({
      databasePath: databasePathOf(ctx),
      folder: input.folder,
      keepRecent: input.keepRecent,
      now: new Date(input.now),
      ...runOf(ctx),
    });
  },
};

/**
 * Checks one backup with the full integrity_check, in the background: an admin's "verify", and
 * the check that follows every scheduled backup. It reads only the backup and its restored copy.
 */
export const backupVerifyJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as VerifyJobInput;
    if (!backupPath(input.folder, input.name)) throw new Error(`There is no backup named ${input.name}.`);
    return {
      name: input.name,
      ...(await checkAndRecord(databasePathOf(ctx), input.folder, input.name, true, runOf(ctx))),
    };
  },
};
