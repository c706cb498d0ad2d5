const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY_FOR_DAYS = 7;
const WEEKLY_FOR_DAYS = 31;

export interface RetainedBackup {
  id: number;
  createdAt: Date;
  verified: boolean;
}

/**
 * Which backups to delete: all but the `keepRecent` newest, the newest verified one of each of the
 * last seven days, the newest verified one of each of the last month's weeks, and the newest verified
 * backup whatever its age (so thinning never leaves nothing to restore). Days and weeks are counted
 * back from `now` in whole 24-hour and 7-day steps, so the answer does not depend on time zones.
 */
export function backupsToDelete(backups: readonly RetainedBackup[], now: Date, keepRecent: number): number[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, keepRecent).map((backup) => backup.id));
  const verified = newestFirst.filter((backup) => backup.verified);
  if (verified[0]) keep.add(verified[0].id);

  const slotsSeen = new Set<string>();
  for (const backup of verified) {
    const ageDays = Math.floor((now.getTime() - backup.createdAt.getTime()) / DAY_MS);
    if (ageDays < 0) continue;
    const slot =
      ageDays < DAILY_FOR_DAYS
        ? `day ${ageDays}`
        : ageDays < WEEKLY_FOR_DAYS
          ? `week ${Math.floor(ageDays / 7)}`
          : null;
    if (slot === null || slotsSeen.has(slot)) continue;
    slotsSeen.add(slot);
    keep.add(backup.id);
  }
  return newestFirst.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}
