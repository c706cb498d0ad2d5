import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, staffSession, type TestBackroom } from '../../helpers/backroom';
import { backupScheduleOf, openBackupApp } from './backup-app';

describe('backup channels', () => {
  let t: TestBackroom;
  let admin: string;
  let clerk: string;
  let folder: string;
  beforeAll(async () => {
    ({ t, admin, clerk, folder } = await openBackupApp());
  });
  afterAll(() => t?.dispose());

  it('refuses a clerk every backup channel with a typed permission error', async () => {
    for (const [channel, input] of [
      ['backups.list', {}],
      ['backups.start', {}],
      ['backups.getSettings', {}],
      ['backups.setSettings', { folder, everyHours: 4, onQuit: true, keepRecent: 6 }],
    ] as const) {
      const answer = await t.call(channel, input, clerk);
      expect(answer.ok ? null : answer.error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a relative folder or a short passphrase, and keeps the passphrase out of sight', async () => {
    const relative = await t.call(
      'backups.setSettings',
      { folder: 'backups', everyHours: 4, onQuit: true, keepRecent: 6 },
      admin,
    );
    expect(relative.ok ? null : relative.error.code).toBe('VALIDATION');
    const short = await t.call(
      'backups.setSettings',
      { folder, everyHours: 4, onQuit: true, keepRecent: 6, passphrase: 'short' },
      admin,
    );
    expect(short.ok ? null : short.error.code).toBe('VALIDATION');

    const passphrase = 'a long enough passphrase';
    const saved = await t.ok(
      'backups.setSettings',
      { folder, everyHours: 6, onQuit: false, keepRecent: 3, passphrase },
      admin,
    );
    expect(saved).toEqual({ folder, everyHours: 6, onQuit: false, keepRecent: 3, encrypted: true });
    expect(await t.ok('backups.getSettings', {}, admin)).toEqual(saved);
    const keyFile = join(dirname(t.path), 'backup-key.json');
    expect(readFileSync(keyFile, 'utf8')).not.toContain(passphrase);
    const audit = (await t.backroom.dataSource.query(`SELECT "details" FROM "audit_log"`)) as {
      details: string | null;
    }[];
    expect(audit.some((row) => row.details?.includes(passphrase))).toBe(false);
  });

  it('backs up now as a job, verifies it, lists it by name only, and verifies it again in full', async () => {
    const { jobId } = await t.ok('backups.start', {}, admin);
    const job = await t.endedJob(jobId, admin);
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ state: 'verified', encrypted: true });

    const { items } = await t.ok('backups.list', {}, admin);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'verified', name: job.result!.name });
    expect(JSON.stringify(items)).not.toContain(folder);

    const again = await t.endedJob((await t.ok('backups.verify', { name: items[0]!.name }, admin)).jobId, admin);
    expect(again.result).toMatchObject({ state: 'verified' });
    const missing = await t.call('backups.verify', { name: 'backroom-2020-01-01T00-00-00Z.backroom-backup' }, admin);
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const sneaky = await t.call('backups.verify', { name: '../backroom.sqlite' }, admin);
    expect(sneaky.ok ? null : sneaky.error.code).toBe('VALIDATION');
    expect(existsSync(join(folder, items[0]!.name))).toBe(true);
    // Two jobs, each on a thread that loads the app: seconds apiece on a loaded machine.
  }, 180_000);

  it('answers a Verify pressed while a full check runs with that check to follow, instead of refusing it', async () => {
    const { items } = await t.ok('backups.list', {}, admin);
    const name = items[0]!.name;
    const first = await t.ok('backups.verify', { name }, admin);
    expect(first.alreadyRunning).toBe(false);
    const firstEnded = t.endedJob(first.jobId, admin);

    const again = await t.call('backups.verify', { name }, admin);
    expect(again).toEqual({ ok: true, data: { jobId: first.jobId, alreadyRunning: true } });
    expect(await firstEnded).toMatchObject({ status: 'succeeded', result: { name, fullyChecked: true } });

    // Once it has ended, Verify starts a check of its own again.
    const after = await t.ok('backups.verify', { name }, admin);
    expect(after.alreadyRunning).toBe(false);
    expect(after.jobId).not.toBe(first.jobId);
    expect(await t.endedJob(after.jobId, admin)).toMatchObject({ status: 'succeeded' });
    // Two jobs, each on a thread that loads the app: seconds apiece on a loaded machine.
  }, 180_000);

  it('lists the full check running on a backup to every admin, not only to whoever started it, until it ends', async () => {
    const { items } = await t.ok('backups.list', {}, admin);
    expect(items.map((backup) => backup.checkJobId)).toEqual(items.map(() => null));
    const [checked, ...others] = items.map((backup) => backup.name);
    const otherAdmin = await staffSession(t, admin, 'admin', 'bea');

    const { jobId } = await t.ok('backups.verify', { name: checked! }, admin);
    const ended = t.endedJob(jobId, admin);
    const seen = (await t.ok('backups.list', {}, otherAdmin)).items;
    expect(seen.find((backup) => backup.name === checked)?.checkJobId).toBe(jobId);
    expect(seen.filter((backup) => others.includes(backup.name)).map((backup) => backup.checkJobId)).toEqual(
      others.map(() => null),
    );

    expect(await ended).toMatchObject({ status: 'succeeded', result: { name: checked, fullyChecked: true } });
    const after = (await t.ok('backups.list', {}, otherAdmin)).items;
    expect(after.find((backup) => backup.name === checked)).toMatchObject({ checkJobId: null, fullyChecked: true });
  }, 180_000);

  it('backs up on schedule once the newest backup is older than the interval, as the admin who set it', async () => {
    const schedule = backupScheduleOf(t);
    try {
      // The settings say every 6 hours; the last backup was taken at the clock's now.
      expect(await schedule.checkNow()).toBeNull();
      t.clock.advanceMinutes(5 * 60);
      expect(await schedule.checkNow()).toBeNull();
      t.clock.advanceMinutes(60);
      const jobId = await schedule.checkNow();
      expect(jobId).not.toBeNull();
      // Six hours on, the admin's session has idled out: log in again to follow the job.
      admin = (await t.ok('auth.login', ADMIN)).token;
      const job = await t.endedJob(jobId!, admin);
      expect(job).toMatchObject({ status: 'succeeded', startedByName: 'Ada Admin' });
      expect((await t.ok('backups.list', {}, admin)).items.map((item) => item.state)).toEqual(['verified', 'verified']);
    } finally {
      schedule.stop();
    }
  });
});
