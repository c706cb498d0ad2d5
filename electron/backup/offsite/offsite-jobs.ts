import { existsSync } from 'node:fs';
import { copyFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JobContext, JobDefinition } from '../../jobs/kinds';
import { recordState } from '../backup-list';
import { loadBackupKey } from '../key-file';
import { verifyBackup } from '../verify-backup';
import { resolveOffsite, usableDestination } from './offsite-config';

export interface OffsiteUploadInput {
  folder: string;
  keepRecent: number;
  now: string;
}

export interface OffsiteVerifyInput {
  name: string;
  /** Once verified, the backup is also copied into this folder (to restore it from the Backups screen). */
  folder: string | null;
}

function databasePathOf(ctx: JobContext): string {
  return ctx.dataSource.options.database as string;
}

function reportTo(ctx: JobContext) {
  return ({ phase, done, total }: { phase: string; done: number; total: number }) =>
    ctx.progress({ phase, done, total, unit: 'bytes' });
}

/**
 * The S3 client is a large module tree: every job thread loads this file (through jobs/kinds.ts),
 * only the threads that talk to a bucket load the client.
 */
async function loadTransfers() {
  const [send, fetch] = await Promise.all([import('./send-offsite'), import('./fetch-offsite')]);
  return { sendOffsite: send.sendOffsite, withOffsiteBackup: fetch.withOffsiteBackup };
}

/** The bucket with its secret, read on the job's thread: the secret never travels in a job's input. */
function destinationOf(ctx: JobContext) {
  return usableDestination(resolveOffsite(ctx.sql, databasePathOf(ctx)));
}

/**
 * Sends the folder's verified backups the bucket lacks, then thins the bucket (send-offsite.ts).
 * A read job: it reads the settings and never takes the write lock; what it did is recorded in the
 * folder, where the schedule reads it to retry after a failure.
 */
export const backupUploadJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as OffsiteUploadInput;
    const { sendOffsite } = await loadTransfers();
    const sent = await sendOffsite({
      folder: input.folder,
      destination: destinationOf(ctx),
      keepRecent: input.keepRecent,
      now: new Date(input.now),
      signal: ctx.signal,
      progress: reportTo(ctx),
    });
    return { ...sent };
  },
};

/**
 * Downloads one backup from the bucket to a temporary file beside the database and verifies it
 * there; asked to, copies it into the folder afterwards, recorded as verified, where the Backups
 * screen restores it like any other.
 */
export const backupVerifyOffsiteJob: JobDefinition = {
  async run(rawInput, ctx) {
    const { name, folder } = rawInput as OffsiteVerifyInput;
    const workFolder = dirname(databasePathOf(ctx));
    const key = loadBackupKey(databasePathOf(ctx));
    const { withOffsiteBackup } = await loadTransfers();
    try {
      await withOffsiteBackup(
        destinationOf(ctx),
        name,
        workFolder,
        async (path) => {
          await verifyBackup({
            backupPath: path,
            unlock: key ? { passphraseKey: key } : null,
            workFolder,
            signal: ctx.signal,
            progress: reportTo(ctx),
          });
          if (folder !== null) await copyIntoFolder(path, folder, name);
        },
        { signal: ctx.signal, progress: reportTo(ctx) },
      );
      return { name, state: 'verified', error: null, inFolder: folder !== null };
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      return { name, state: 'failed', error: error instanceof Error ? error.message : String(error), inFolder: false };
    }
  },
};

/** Copied whole under a temporary name, then renamed: the folder never shows half a backup. One already there is kept. */
async function copyIntoFolder(path: string, folder: string, name: string): Promise<void> {
  const target = join(folder, name);
  if (existsSync(target)) return;
  await copyFile(path, `${target}.partial`);
  await rename(`${target}.partial`, target);
  recordState(folder, name, { state: 'verified', checkedAt: new Date().toISOString() });
}
