import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { SerialQueue } from '../../../electron/host/serial';
import { HQ_URL_FILE, hqUrlStore } from '../../../electron/sync/hq-url-store';
import { startSyncSchedule } from '../../../electron/sync/schedule';
import { updateSyncRecord } from '../../../electron/sync/sync-record';
import { HQ_URL_VARIABLE } from '../../../shared/contract/sync';
import { aesSecretBox } from '../../helpers/aes-secret-box';
import { ADMIN, openTestBackroom, setUpStore, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

const PASSWORD = 'Hq-pa55word-never-shown';
// Port 1 on loopback: nothing listens, so a sync this test starts fails at once.
const URL_WITH_PASSWORD = `postgres://backroom:${PASSWORD}@127.0.0.1:1/chain`;

let t: TestBackroom;
let admin: string;
let manager: string;
let clerk: string;
const box = aesSecretBox();

beforeAll(async () => {
  delete process.env[HQ_URL_VARIABLE];
  t = await openTestBackroom({}, { secretBox: box });
  const team = await setUpStoreTeam(t, { manager: 'mia', clerk: 'carl' });
  ({ manager, clerk } = team);
  admin = team.admin.token;
  // No automatic syncs from the app's own schedule while these tests run.
  await t.ok('sync.setSettings', { enabled: true, intervalMinutes: null }, admin);
});

afterAll(async () => {
  delete process.env[HQ_URL_VARIABLE];
  await t?.dispose();
});

const sql = () => sqliteOf(t.backroom.dataSource);
const errorOf = async (channel: string, input: unknown, token = admin) => {
  const answer = await t.call(channel, input, token);
  return answer.ok ? null : answer.error;
};
/** Everything on disk beside the database: the file, its WAL and the encrypted address. */
function bytesOnDisk(): Buffer {
  sql().pragma('wal_checkpoint(PASSIVE)');
  const folder = dirname(t.path);
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  return Buffer.concat(files.map((entry) => readFileSync(join(folder, entry.name))));
}

describe('sync settings channels', () => {
  it('are for admins only: a clerk or manager is refused FORBIDDEN', async () => {
    const calls: [string, unknown][] = [
      ['sync.getSettings', {}],
      ['sync.setSettings', { enabled: false, intervalMinutes: 10 }],
      ['sync.setConnection', { url: URL_WITH_PASSWORD }],
      ['sync.testConnection', { url: URL_WITH_PASSWORD }],
    ];
    for (const [channel, input] of calls)
      for (const token of [clerk, manager])
        expect((await errorOf(channel, input, token))?.code, channel).toBe('FORBIDDEN');
    expect((await t.ok('sync.getSettings', {}, admin)).connection.source).toBe('none');
  });

  it('save head office’s address encrypted and show it only taken apart, without the password', async () => {
    const view = await t.ok('sync.setConnection', { url: ` ${URL_WITH_PASSWORD} ` }, admin);
    expect(view.connection).toEqual({
      source: 'stored',
      target: 'postgres://backroom@127.0.0.1:1/chain',
      user: 'backroom',
      host: '127.0.0.1',
      port: 1,
      database: 'chain',
      editable: true,
      note: null,
    });
    const answers = [view, await t.ok('sync.getSettings', {}, admin), await t.ok('sync.status', {}, admin)];
    expect(JSON.stringify(answers)).not.toContain(PASSWORD);
    expect((await t.ok('sync.status', {}, admin)).configured).toBe(true);
    // Not in the database, its WAL, the audit trail, nor the encrypted file.
    expect(bytesOnDisk().includes(Buffer.from(PASSWORD))).toBe(false);
    expect(readFileSync(join(dirname(t.path), HQ_URL_FILE)).includes(Buffer.from('127.0.0.1'))).toBe(false);
    const audit = sql()
      .prepare(`SELECT "details" FROM "audit_log" WHERE "action" = 'sync.setConnection' AND "result" = 'ok'`)
      .pluck()
      .all();
    expect(audit).toHaveLength(1);
    expect(String(audit[0])).toContain('postgres://backroom@127.0.0.1:1/chain');
    expect(box.decrypt(readFileSync(join(dirname(t.path), HQ_URL_FILE)))).toBe(URL_WITH_PASSWORD);
  });

  it('refuse bad input with VALIDATION and change nothing', async () => {
    const before = await t.ok('sync.getSettings', {}, admin);
    const file = readFileSync(join(dirname(t.path), HQ_URL_FILE));
    const badConnections = [
      { url: 'mysql://root:pw@db.example.com/shop' },
      { url: 'https://hq.example.com/' },
      { url: 'postgres://' },
      { url: 'not a url at all' },
      { url: `postgres://u:p@h/${'d'.repeat(2000)}` },
      { url: 42 },
      {},
      { url: URL_WITH_PASSWORD, extra: true },
    ];
    for (const input of badConnections) {
      const error = await errorOf('sync.setConnection', input);
      expect(error?.code, JSON.stringify(input).slice(0, 60)).toBe('VALIDATION');
      expect(JSON.stringify(error)).not.toContain('root:pw');
    }
    const badSettings = [
      { enabled: true, intervalMinutes: 0 },
      { enabled: true, intervalMinutes: 1441 },
      { enabled: true, intervalMinutes: 2.5 },
      { enabled: true, intervalMinutes: '5' },
      { enabled: 'yes', intervalMinutes: 5 },
      { intervalMinutes: 5 },
    ];
    for (const input of badSettings)
      expect((await errorOf('sync.setSettings', input))?.code, JSON.stringify(input)).toBe('VALIDATION');
    expect((await errorOf('sync.testConnection', { url: 'mysql://x@y/z' }))?.code).toBe('VALIDATION');
    expect(await t.ok('sync.getSettings', {}, admin)).toEqual(before);
    expect(readFileSync(join(dirname(t.path), HQ_URL_FILE))).toEqual(file);
  });

  it('show BACKROOM_HQ_URL read-only, winning over the saved address, and refuse to overwrite it', async () => {
    process.env[HQ_URL_VARIABLE] = `postgresql://ops:${PASSWORD}@hq.internal:6432/chain?sslmode=require`;
    try {
      const view = await t.ok('sync.getSettings', {}, admin);
      expect(view.connection).toMatchObject({
        source: 'environment',
        target: 'postgresql://ops@hq.internal:6432/chain',
        editable: false,
      });
      expect(view.connection.note).toContain(HQ_URL_VARIABLE);
      expect(JSON.stringify(view)).not.toContain(PASSWORD);
      const refused = await errorOf('sync.setConnection', { url: 'postgres://a@b/c' });
      expect(refused).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'set-by-environment', variable: HQ_URL_VARIABLE },
      });
      expect((await errorOf('sync.setConnection', { url: null }))?.code).toBe('CONFLICT');
    } finally {
      delete process.env[HQ_URL_VARIABLE];
    }
    expect((await t.ok('sync.getSettings', {}, admin)).connection.source).toBe('stored');
  });

  it('turn sync off: a sync by hand is refused until it is on again', async () => {
    const off = await t.ok('sync.setSettings', { enabled: false, intervalMinutes: 30 }, admin);
    expect(off).toMatchObject({ enabled: false, intervalMinutes: 30 });
    expect(await errorOf('sync.run', {})).toMatchObject({ code: 'CONFLICT' });
    await t.ok('sync.setSettings', { enabled: true, intervalMinutes: null }, admin);
    const { jobId } = await t.ok('sync.run', {}, admin);
    expect((await t.endedJob(jobId, admin)).status).toBe('failed');
  });

  it('forget the saved address', async () => {
    const view = await t.ok('sync.setConnection', { url: null }, admin);
    expect(view.connection).toMatchObject({ source: 'none', target: null, editable: true });
    expect(readdirSync(dirname(t.path))).not.toContain(HQ_URL_FILE);
    expect((await errorOf('sync.run', {}))?.code).toBe('VALIDATION');
  });
});

describe('the schedule', () => {
  it('follows a changed interval, sync turned off and interval off, without a restart', async () => {
    // Its own address file, so only this schedule (not the app's) can find head office.
    const folder = mkdtempSync(join(tmpdir(), 'backroom-schedule-'));
    const urls = hqUrlStore({ directory: folder, secretBox: box, environment: () => ({}) });
    urls.save(URL_WITH_PASSWORD);
    const schedule = startSyncSchedule({
      sql: sql(),
      jobs: t.backroom.jobs,
      clock: t.clock,
      queue: new SerialQueue(),
      hqUrls: urls,
    });
    const justSynced = () => {
      const now = t.clock.now().toISOString();
      updateSyncRecord(sql(), { lastAttemptAt: now, lastSuccessAt: now, lastError: null, failures: 0 });
    };
    try {
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: 60 }, admin);
      justSynced();
      t.clock.advanceMinutes(30);
      expect(await schedule.checkNow()).toBeNull();
      // The admin's session idled out meanwhile.
      admin = (await t.ok('auth.login', ADMIN)).token;
      // Thirty minutes since the last sync: due under a 15-minute interval, at the very next look.
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: 15 }, admin);
      const jobId = await schedule.checkNow();
      expect(jobId).not.toBeNull();
      await t.backroom.jobs.whenEnded(jobId!);

      justSynced();
      t.clock.advanceMinutes(24 * 60);
      admin = (await t.ok('auth.login', ADMIN)).token;
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: null }, admin);
      expect(await schedule.checkNow()).toBeNull();
      await t.ok('sync.setSettings', { enabled: false, intervalMinutes: 15 }, admin);
      expect(await schedule.checkNow()).toBeNull();
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: 15 }, admin);
      urls.forget();
      expect(await schedule.checkNow()).toBeNull();
    } finally {
      schedule.stop();
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: null }, admin);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('browser mode (no safe storage)', () => {
  it('refuses to save an address, pointing the admin to BACKROOM_HQ_URL', async () => {
    const browser = await openTestBackroom();
    try {
      const token = (await setUpStore(browser)).token;
      const view = await browser.ok('sync.getSettings', {}, token);
      expect(view.connection).toMatchObject({ source: 'none', editable: false });
      expect(view.connection.note).toContain(HQ_URL_VARIABLE);
      const answer = await browser.call('sync.setConnection', { url: URL_WITH_PASSWORD }, token);
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: expect.stringContaining(`set ${HQ_URL_VARIABLE}`),
          details: { reason: 'no-secret-storage', variable: HQ_URL_VARIABLE },
        },
      });
      expect(readdirSync(dirname(browser.path))).not.toContain(HQ_URL_FILE);
    } finally {
      await browser.dispose();
    }
  });
});
