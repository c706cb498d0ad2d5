import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type TestBackroom } from '../../helpers/backroom';
import { backupScheduleOf, openBackupApp } from './backup-app';

const YEAR_MINUTES = 365 * 24 * 60;
/** Each backup job starts a thread that loads the app: seconds apiece on a loaded machine. */
const JOB_TIMEOUT_MS = 180_000;

describe('the backup schedule after the clock ran ahead', () => {
  let t: TestBackroom;
  let admin: string;
  let folder: string;
  beforeAll(async () => {
    ({ t, admin, folder } = await openBackupApp());
    await t.ok('backups.setSettings', { folder, everyHours: 6, onQuit: false, keepRecent: 6 }, admin);
  });
  afterAll(() => t?.dispose());

  /** Runs the schedule's look now; answers the backup it took, if it took one. */
  async function scheduledBackup(): Promise<string | null> {
    const schedule = backupScheduleOf(t);
    try {
      const jobId = await schedule.checkNow();
      if (jobId === null) return null;
      admin = (await t.ok('auth.login', ADMIN)).token;
      const job = await t.endedJob(jobId, admin);
      expect(job.status).toBe('succeeded');
      return job.result!.name as string;
    } finally {
      schedule.stop();
    }
  }

  it(
    'keeps backing up on schedule once the clock is put right, though a backup is named a year ahead',
    async () => {
      t.clock.advanceMinutes(YEAR_MINUTES);
      const ahead = await scheduledBackup();
      expect(ahead).toMatch(/^backroom-2027-/);

      // The clock is put right: the backup named a year ahead is no reason to wait a year.
      t.clock.advanceMinutes(-YEAR_MINUTES);
      const taken = await scheduledBackup();
      expect(taken).toMatch(/^backroom-2026-/);
      expect(await scheduledBackup()).toBeNull();
      t.clock.advanceMinutes(6 * 60);
      expect(await scheduledBackup()).toMatch(/^backroom-2026-/);

      const { items } = await t.ok('backups.list', {}, admin);
      expect(items.map((item) => item.state)).toEqual(['verified', 'verified', 'verified']);
    },
    JOB_TIMEOUT_MS,
  );
});
