import { join } from 'node:path';
import { listBackups } from '../backup-list';
import { Bucket, type OffsiteRun } from './bucket';
import type { OffsiteDestination } from './destination';
import { planOffsite } from './offsite-plan';
import { recordFailure, recordSent } from './offsite-record';

export interface SendOffsiteOptions extends OffsiteRun {
  folder: string;
  destination: OffsiteDestination;
  keepRecent: number;
  now: Date;
}

export interface SentOffsite {
  uploaded: string[];
  removed: string[];
  /** Backups in the bucket afterwards. */
  inBucket: number;
}

/**
 * Sends the folder's verified backups the bucket lacks, then thins the bucket by the folder's
 * retention rule. Safe to run again at any point: what arrived whole is not sent twice, and an
 * upload cut short leaves no object. The outcome is recorded in the folder either way; the local
 * backups are never touched.
 */
export async function sendOffsite(options: SendOffsiteOptions): Promise<SentOffsite> {
  const at = options.now.toISOString();
  const bucket = new Bucket(options.destination);
  try {
    const local = listBackups(options.folder).filter((backup) => backup.state === 'verified');
    const remote = await bucket.list();
    const plan = planOffsite(local, remote, options.now, options.keepRecent);
    for (const name of plan.upload) {
      options.signal?.throwIfAborted();
      await bucket.upload(join(options.folder, name), name, {
        signal: options.signal,
        progress: (done, total) => options.progress?.({ phase: 'upload', done, total }),
      });
    }
    for (const name of plan.remove) await bucket.remove(name);
    recordSent(
      options.folder,
      local.map((backup) => backup.name),
      plan.upload.length,
      at,
    );
    return {
      uploaded: plan.upload,
      removed: plan.remove,
      inBucket: remote.length + plan.upload.length - plan.remove.length,
    };
  } catch (error) {
    if (!options.signal?.aborted)
      recordFailure(options.folder, error instanceof Error ? error.message : String(error), at);
    throw error;
  } finally {
    bucket.close();
  }
}
