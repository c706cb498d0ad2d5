import { describe, expect, it } from 'vitest';
import { planOffsite } from '../../../electron/backup/offsite/offsite-plan';
import { nextOffsiteAttempt } from '../../../electron/backup/offsite/offsite-schedule';
import { objectKey, keyPrefix } from '../../../electron/backup/offsite/destination';
import { takenAt } from '../../../electron/backup/offsite/bucket';

const NOW = new Date('2026-12-06T12:00:00Z');

/** A backup taken `hours` before NOW, named as the backup job names them. */
function backup(hours: number) {
  const createdAt = new Date(NOW.getTime() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return { name: `backroom-${createdAt.replace(/:/g, '-')}.backroom-backup`, createdAt };
}

describe('planOffsite', () => {
  it('sends what the bucket lacks, newest first, and removes nothing while the rule keeps all', () => {
    const [a, b, c] = [backup(0), backup(1), backup(2)];
    expect(planOffsite([c!, a!, b!], [b!], NOW, 6)).toEqual({ upload: [a!.name, c!.name], remove: [] });
    expect(planOffsite([a!], [a!], NOW, 6)).toEqual({ upload: [], remove: [] });
  });

  it('applies the folder rule to the bucket: keep N recent, one a day for a week, one a week for a month', () => {
    const today = [backup(0), backup(1), backup(2)];
    const daily = [backup(24), backup(25), backup(48)];
    const weekly = [backup(24 * 10), backup(24 * 11), backup(24 * 40)];
    const remote = [...today, ...daily, ...weekly];
    const plan = planOffsite([], remote, NOW, 1);
    // Today's newest, each earlier day's newest, the week of days 7–13's newest; the 40-day-old one goes.
    expect(plan.upload).toEqual([]);
    expect(plan.remove.sort()).toEqual(
      [today[1]!.name, today[2]!.name, daily[1]!.name, weekly[1]!.name, weekly[2]!.name].sort(),
    );
  });

  it('does not send a backup the rule would drop at once', () => {
    const [newest, older] = [backup(0), backup(1)];
    expect(planOffsite([older!], [newest!], NOW, 1)).toEqual({ upload: [], remove: [] });
  });
});

describe('nextOffsiteAttempt', () => {
  const record = { settled: [], lastError: null, lastUploadedAt: null };
  it('is due at once after a success, never with nothing to send, and waits longer after each failure', () => {
    expect(nextOffsiteAttempt({ ...record, failures: 0, lastAttemptAt: null }, 1, NOW)).toEqual(NOW);
    expect(nextOffsiteAttempt({ ...record, failures: 0, lastAttemptAt: null }, 0, NOW)).toBeNull();
    const at = '2026-12-06T11:59:00.000Z';
    const waits = [1, 2, 3, 8, 20].map(
      (failures) =>
        (nextOffsiteAttempt({ ...record, failures, lastAttemptAt: at }, 1, NOW)!.getTime() - Date.parse(at)) / 60_000,
    );
    expect(waits).toEqual([1, 2, 4, 60, 60]);
  });
});

describe('object keys', () => {
  it('puts a backup under the prefix and reads when it was taken from its name only', () => {
    expect(objectKey({ prefix: 'chain/store-1' }, 'x')).toBe('chain/store-1/x');
    expect(objectKey({ prefix: '' }, 'x')).toBe('x');
    expect(keyPrefix({ prefix: 'shop' })).toBe('shop/');
    expect(takenAt('backroom-2026-12-06T11-00-05Z.backroom-backup')).toBe('2026-12-06T11:00:05.000Z');
    expect(takenAt('backroom-2026-12-06T11-00-05Z.backroom-backup.state.json')).toBeNull();
    expect(takenAt('notes.txt')).toBeNull();
  });
});
