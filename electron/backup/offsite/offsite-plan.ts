import { backupsToDelete } from '../retention';

export interface OffsitePlan {
  /** Verified local backups the bucket lacks and the retention rule keeps, newest first. */
  upload: string[];
  /** Backups in the bucket the retention rule lets go. */
  remove: string[];
}

interface Named {
  name: string;
  createdAt: string;
}

/**
 * The folder's retention rule (retention.ts) applied to the bucket: over what the bucket holds and
 * what it is about to receive, all of it verified (only verified backups are sent). A local backup
 * the rule would drop at once is not sent at all.
 */
export function planOffsite(
  localVerified: readonly Named[],
  remote: readonly Named[],
  now: Date,
  keepRecent: number,
): OffsitePlan {
  const inBucket = new Set(remote.map((backup) => backup.name));
  const candidates = [...remote, ...localVerified.filter((backup) => !inBucket.has(backup.name))];
  const dropped = new Set(
    backupsToDelete(
      candidates.map((backup, id) => ({ id, createdAt: new Date(backup.createdAt), verified: true })),
      now,
      keepRecent,
    ).map((id) => candidates[id]!.name),
  );
  return {
    upload: candidates
      .filter((backup) => !inBucket.has(backup.name) && !dropped.has(backup.name))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((backup) => backup.name),
    remove: remote.filter((backup) => dropped.has(backup.name)).map((backup) => backup.name),
  };
}
