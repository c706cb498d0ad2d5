import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Bucket, type OffsiteRun } from './bucket';
import type { OffsiteDestination } from './destination';

/**
 * Downloads one backup from the bucket to a temporary folder under `workFolder`, hands its path to
 * `use` (a verify or a restore, the same as for a backup in the folder), and removes it afterwards
 * whatever happens. Nothing is trusted for having come from the bucket: `use` checks every seal.
 */
export async function withOffsiteBackup<T>(
  destination: OffsiteDestination,
  name: string,
  workFolder: string,
  use: (path: string) => Promise<T>,
  run: OffsiteRun = {},
): Promise<T> {
  const stage = await mkdtemp(join(workFolder, '.offsite-'));
  const bucket = new Bucket(destination);
  try {
    const path = join(stage, name);
    await bucket.download(name, path, {
      signal: run.signal,
      progress: (done, total) => run.progress?.({ phase: 'download', done, total }),
    });
    return await use(path);
  } finally {
    bucket.close();
    await rm(stage, { recursive: true, force: true });
  }
}
