import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RetainedBackup } from '../../../electron/backup/retention';

const NOW = new Date('2026-12-06T12:00:00Z');
const HOUR = 60 * 60 * 1000;

/** One backup every `everyHours` hours going back `days` days from NOW, newest first, ids from 1. */
function history(days: number, everyHours: number, verified = () => true): RetainedBackup[] {
  const backups: RetainedBackup[] = [];
  for (let age = 0; age < days * 24; age += everyHours)
    backups.push({ id: backups.length + 1, createdAt: new Date(NOW.getTime() - age * HOUR), verified: verified() });
  return backups;
}

function kept(backups: RetainedBackup[], keepRecent: number): RetainedBackup[] {
  const gone = new Set(backupsToDelete(backups, NOW, keepRecent));
  return backups.filter((backup) => !gone.has(backup.id));
}

describe('backupsToDelete', () => {
  it('keeps the recent ones, one a day for a week, one a week for a month, and nothing older', () => {
    // Every 4 hours for 60 days: 360 backups.
    const backups = history(60, 4);
    const left = kept(backups, 6);
    const ages = left.map((backup) => Math.round((NOW.getTime() - backup.createdAt.getTime()) / HOUR));
    // The six newest (0..20 h), then the newest of each later day up to day 6, then of each week up to day 30.
    expect(ages).toEqual([0, 4, 8, 12, 16, 20, 24, 48, 72, 96, 120, 144, 168, 336, 504, 672]);
  });

  it('deletes nothing while there are fewer than the recent count', () => {
    expect(backupsToDelete(history(1, 8), NOW, 6)).toEqual([]);
  });

  it('never thins away the newest verified backup, however old, nor lets a failed one hold a day', () => {
    const backups: RetainedBackup[] = [
      { id: 1, createdAt: new Date(NOW.getTime() - 1 * HOUR), verified: false },
      { id: 2, createdAt: new Date(NOW.getTime() - 2 * HOUR), verified: false },
      { id: 3, createdAt: new Date(NOW.getTime() - 50 * 24 * HOUR), verified: true },
      { id: 4, createdAt: new Date(NOW.getTime() - 60 * 24 * HOUR), verified: true },
      { id: 5, createdAt: new Date(NOW.getTime() - 3 * 24 * HOUR), verified: false },
    ];
    expect(backupsToDelete(backups, NOW, 1).sort()).toEqual([2, 4, 5]);
  });
});
