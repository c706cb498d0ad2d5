import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { OFFSITE_BACKOFF, startOffsiteSchedule } from '../../../electron/backup/offsite/offsite-schedule';
import { offsiteSecretPath } from '../../../electron/backup/offsite/secret-file';
import { SerialQueue } from '../../../electron/host/serial';
import { retryDelayMs } from '../../../electron/sync/backoff';
import type { ChannelInput, JobSummary } from '../../../shared/contract';
import type { TestBackroom } from '../../helpers/backroom';
import { openBackupApp } from './backup-app';
import { startTestS3, TEST_SECRET_ACCESS_KEY, type TestS3 } from './s3-server';

/** The test server checks every signature with it; no output or table may ever show it. */
const SECRET = TEST_SECRET_ACCESS_KEY;

describe('S3 backup channels', () => {
  let t: TestBackroom;
  let s3: TestS3;
  let admin: string;
  let clerk: string;
  let folder: string;
  let settings: ChannelInput<'backups.testOffsite'>['settings'];
  beforeAll(async () => {
    ({ t, admin, clerk, folder } = await openBackupApp());
    s3 = await startTestS3('corner');
    await t.ok(
      'backups.setSettings',
      { folder, everyHours: 4, onQuit: true, keepRecent: 6, passphrase: 'a long enough passphrase' },
      admin,
    );
    const { secretAccessKey: _, ...destination } = s3.destination;
    settings = destination;
  });
  afterAll(async () => {
    await s3?.close();
    await t?.dispose();
  });

  /**
   * The app's own schedule looks every 30 seconds too, and may have started the upload first (a
   * second is then refused as already running): follow whichever did.
   */
  async function uploadJob(started: number | null): Promise<JobSummary> {
    if (started !== null) return t.endedJob(started, admin);
    const { items } = await t.ok('jobs.list', { limit: 10 }, admin);
    return t.endedJob(items.find((item) => item.kind === 'backup.upload')!.id, admin);
  }

  function schedule() {
    return startOffsiteSchedule({
      sql: sqliteOf(t.backroom.dataSource),
      databasePath: t.path,
      jobs: t.backroom.jobs,
      clock: t.clock,
      queue: new SerialQueue(),
      environment: {},
    });
  }

  it('refuses a clerk every S3 channel with a typed permission error', async () => {
    for (const [channel, input] of [
      ['backups.getOffsite', {}],
      ['backups.setOffsite', { settings: null }],
      ['backups.testOffsite', { settings }],
      ['backups.listOffsite', {}],
      ['backups.uploadOffsite', {}],
      ['backups.verifyOffsite', { name: 'backroom-2026-11-25T09-00-00Z.backroom-backup' }],
    ] as const) {
      const answer = await t.call(channel, input, clerk);
      expect(answer.ok ? null : answer.error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad settings with a validation error and changes nothing', async () => {
    for (const bad of [
      { ...settings, endpoint: 'ftp://example.com' },
      { ...settings, bucket: 'Bad_Bucket' },
      { ...settings, prefix: '/leading' },
      { ...settings, secretAccessKey: '' },
    ]) {
      const answer = await t.call('backups.setOffsite', { settings: bad }, admin);
      expect(answer.ok ? null : answer.error.code).toBe('VALIDATION');
    }
    expect(await t.ok('backups.getOffsite', {}, admin)).toEqual({
      settings: null,
      source: null,
      secretSet: false,
      status: null,
    });
  });

  it('tests the typed settings before saving them: a reachable bucket, a missing one, a dead server, wrong keys', async () => {
    const good = await t.ok('backups.testOffsite', { settings: { ...settings, secretAccessKey: SECRET } }, admin);
    expect(good).toEqual({
      ok: true,
      message: expect.stringMatching(/^Reached backroom-offsite at .*: 0 backups under corner\/\.$/),
    });
    const noSecret = await t.ok('backups.testOffsite', { settings }, admin);
    expect(noSecret.ok).toBe(false);
    const missing = await t.ok(
      'backups.testOffsite',
      { settings: { ...settings, bucket: 'elsewhere', secretAccessKey: SECRET } },
      admin,
    );
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/no bucket named elsewhere/) });
    const dead = await t.ok(
      'backups.testOffsite',
      { settings: { ...settings, endpoint: 'http://127.0.0.1:9', secretAccessKey: SECRET } },
      admin,
    );
    expect(dead).toEqual({
      ok: false,
      message: expect.stringMatching(/^Could not reach the S3 server at http:\/\/127\.0\.0\.1:9/),
    });
    const typo = `${SECRET}x`;
    const wrongSecret = await t.ok('backups.testOffsite', { settings: { ...settings, secretAccessKey: typo } }, admin);
    expect(wrongSecret).toEqual({
      ok: false,
      message: expect.stringMatching(
        /did not accept the secret access key for access key id BACKROOMTESTKEY \(SignatureDoesNotMatch, while listing the backups\)/,
      ),
    });
    expect(wrongSecret.message).not.toContain(typo);
    expect(wrongSecret.message).not.toContain(SECRET);
    const unknownKey = await t.ok(
      'backups.testOffsite',
      { settings: { ...settings, accessKeyId: 'NOSUCHKEY', secretAccessKey: SECRET } },
      admin,
    );
    expect(unknownKey).toEqual({
      ok: false,
      message: expect.stringMatching(/does not know the access key id NOSUCHKEY \(InvalidAccessKeyId/),
    });
    expect(unknownKey.message).not.toContain(SECRET);
  });

  it('keeps the secret out of the database, the audit trail and every answer', async () => {
    const saved = await t.ok('backups.setOffsite', { settings: { ...settings, secretAccessKey: SECRET } }, admin);
    expect(saved).toMatchObject({ settings, source: 'saved', secretSet: true, status: { pending: 0, failures: 0 } });
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    const rows = (await t.backroom.dataSource.query(
      `SELECT "value" FROM "settings" UNION ALL SELECT COALESCE("details", '') FROM "audit_log"`,
    )) as { value: string }[];
    expect(rows.some((row) => row.value.includes(SECRET))).toBe(false);
    expect(rows.some((row) => row.value.includes('backroom-offsite'))).toBe(true);
    const secretFile = offsiteSecretPath(t.path);
    expect(readFileSync(secretFile, 'utf8')).toContain(SECRET);
    expect(statSync(secretFile).mode & 0o077).toBe(0);
    // Saved again without a secret: the one at hand is kept.
    expect(await t.ok('backups.setOffsite', { settings }, admin)).toMatchObject({ secretSet: true });
  });

  it('sends a verified backup on schedule, lists it from the bucket, and verifies it from there', async () => {
    const backup = await t.endedJob((await t.ok('backups.start', {}, admin)).jobId, admin);
    expect(backup.result).toMatchObject({ state: 'verified' });
    expect((await t.ok('backups.getOffsite', {}, admin)).status).toMatchObject({ pending: 1 });

    const offsite = schedule();
    try {
      const upload = await uploadJob(await offsite.checkNow());
      expect(upload).toMatchObject({ kind: 'backup.upload', status: 'succeeded', startedByName: 'Ada Admin' });
      expect(upload.result).toMatchObject({ uploaded: [backup.result!.name], removed: [], inBucket: 1 });
      expect(await offsite.checkNow()).toBeNull();
    } finally {
      offsite.stop();
    }
    const view = await t.ok('backups.getOffsite', {}, admin);
    expect(view.status).toMatchObject({ pending: 0, failures: 0, lastError: null, nextAttemptAt: null });

    const { items } = await t.ok('backups.listOffsite', {}, admin);
    expect(items.map((item) => item.name)).toEqual([backup.result!.name]);
    const verify = await t.endedJob(
      (await t.ok('backups.verifyOffsite', { name: items[0]!.name }, admin)).jobId,
      admin,
    );
    expect(verify.result).toMatchObject({ name: items[0]!.name, state: 'verified', error: null });
    const absent = await t.endedJob(
      (await t.ok('backups.verifyOffsite', { name: 'backroom-2020-01-01T00-00-00Z.backroom-backup' }, admin)).jobId,
      admin,
    );
    expect(absent.result).toMatchObject({ state: 'failed', error: expect.stringMatching(/no such backup/) });

    // The folder lost it: brought back from the bucket, verified, and listed to be restored from there.
    const name = items[0]!.name;
    rmSync(join(folder, name));
    rmSync(join(folder, `${name}.state.json`));
    expect((await t.ok('backups.list', {}, admin)).items).toEqual([]);
    const back = await t.endedJob((await t.ok('backups.verifyOffsite', { name, toFolder: true }, admin)).jobId, admin);
    expect(back.result).toMatchObject({ name, state: 'verified', inFolder: true });
    expect((await t.ok('backups.list', {}, admin)).items).toMatchObject([{ name, state: 'verified' }]);
    expect(readdirSync(folder).filter((file) => file.endsWith('.partial'))).toEqual([]);
  }, 180_000);

  it('shows a failed upload with its retry time, keeps the local backup, and retries after the wait', async () => {
    await t.ok('backups.setOffsite', { settings: { ...settings, endpoint: 'http://127.0.0.1:9' } }, admin);
    t.clock.advanceMinutes(5);
    const backup = await t.endedJob((await t.ok('backups.start', {}, admin)).jobId, admin);
    expect(backup.result).toMatchObject({ state: 'verified' });

    const asked = await t.call('backups.uploadOffsite', {}, admin);
    const failed = await uploadJob(asked.ok ? (asked.data as { jobId: number }).jobId : null);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^Could not reach the S3 server at http:\/\/127\.0\.0\.1:9/);
    const { status } = await t.ok('backups.getOffsite', {}, admin);
    const now = t.clock.now().getTime();
    expect(status).toMatchObject({ pending: 1, lastError: failed.error, lastAttemptAt: t.clock.now().toISOString() });
    // A minute after the first failure, doubling with each one after it.
    expect(Date.parse(status!.nextAttemptAt!)).toBe(now + retryDelayMs(status!.failures, OFFSITE_BACKOFF));
    expect(status!.failures).toBeGreaterThanOrEqual(1);
    expect((await t.ok('backups.list', {}, admin)).items.map((item) => item.state)).toEqual(['verified', 'verified']);

    await t.ok('backups.setOffsite', { settings }, admin);
    const offsite = schedule();
    try {
      expect(await offsite.checkNow()).toBeNull();
      t.clock.advanceMinutes(retryDelayMs(status!.failures, OFFSITE_BACKOFF) / 60_000);
      const retried = await uploadJob(await offsite.checkNow());
      expect(retried.result).toMatchObject({ uploaded: [backup.result!.name], inBucket: 2 });
    } finally {
      offsite.stop();
    }
    expect((await t.ok('backups.getOffsite', {}, admin)).status).toMatchObject({
      pending: 0,
      failures: 0,
      lastError: null,
    });
  }, 180_000);

  it('forgets the bucket and its secret when set to none', async () => {
    expect(await t.ok('backups.setOffsite', { settings: null }, admin)).toEqual({
      settings: null,
      source: null,
      secretSet: false,
      status: null,
    });
    const answer = await t.call('backups.uploadOffsite', {}, admin);
    expect(answer.ok ? null : answer.error.code).toBe('VALIDATION');
  });
});
