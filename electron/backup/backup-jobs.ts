import { dirname, join } from 'node:path';
import type { JobContext, JobDefinition } from '../jobs/kinds';
import { backupPath, deleteBackup, listBackups, recordState } from './backup-list';
import { createBackup } from './create-backup';
import { loadBackupKey } from './key-file';
import type { BackupProgress } from './progress';
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

function databasePathOf(ctx: JobContext): string {
  return ctx.dataSource.options.database as string;
}

function reportTo(ctx: JobContext) {
  return ({ phase, done, total }: BackupProgress) => ctx.progress({ phase, done, total, unit: 'bytes' });
}

/** Test-restores a backup and records the outcome beside it; answers whether it passed. */
async function verifyAndRecord(ctx: JobContext, folder: string, name: string, full: boolean) {
  const databasePath = databasePathOf(ctx);
  const key = loadBackupKey(databasePath);
  try {
    await verifyBackup({
      backupPath: join(folder, name),
      unlock: key ? { passphraseKey: key } : null,
      workFolder: dirname(databasePath),
      full,
      signal: ctx.signal,
      progress: reportTo(ctx),
    });
    recordState(folder, name, { state: 'verified', checkedAt: new Date().toISOString() });
    return { state: 'verified' as const, error: null };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    recordState(folder, name, { state: 'failed', checkedAt: new Date().toISOString(), error: message });
    return { state: 'failed' as const, error: message };
  }
}

/**
 * Backs up, verifies (a backup counts only once verified), then thins the folder by the retention
 * rule. Runs as a read job: its own connections read one snapshot and never take the write lock.
 */
export const backupCreateJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as BackupJobInput;
    const databasePath = databasePathOf(ctx);
    const key = loadBackupKey(databasePath);
    const created = await createBackup({
      databasePath,
      folder: input.folder,
      now: new Date(input.now),
      passphraseKey: key ?? undefined,
      signal: ctx.signal,
      progress: reportTo(ctx),
    });
    const verified = await verifyAndRecord(ctx, input.folder, created.name, false);
    const listed = listBackups(input.folder);
    const deleted = backupsToDelete(
      listed.map((backup, index) => ({
        id: index,
        createdAt: new Date(backup.createdAt),
        verified: backup.state === 'verified',
      })),
      new Date(input.now),
      input.keepRecent,
    );
    for (const index of deleted) deleteBackup(input.folder, listed[index]!.name);
    return { name: created.name, bytes: created.bytes, encrypted: key !== null, ...verified, removed: deleted.length };
  },
};

/** Verifies one backup with the full integrity_check, in the background. */
export const backupVerifyJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as VerifyJobInput;
    if (!backupPath(input.folder, input.name)) throw new Error(`There is no backup named ${input.name}.`);
    return { name: input.name, ...(await verifyAndRecord(ctx, input.folder, input.name, true)) };
  },
};
