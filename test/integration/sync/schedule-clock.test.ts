import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { SerialQueue } from '../../../electron/host/serial';
import { hqUrlStore } from '../../../electron/sync/hq-url-store';
import { startSyncSchedule } from '../../../electron/sync/schedule';
import { readSyncRecord, updateSyncRecord } from '../../../electron/sync/sync-record';
import { aesSecretBox } from '../../helpers/aes-secret-box';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const YEAR_MS = 365 * 24 * 60 * 60_000;

let t: TestBackroom;
let admin: string;
let folder: string;
const sql = () => sqliteOf(t.backroom.dataSource);

beforeAll(async () => {
  t = await openTestBackroom();
  admin = (await setUpStore(t)).token;
  folder = mkdtempSync(join(tmpdir(), 'backroom-schedule-'));
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await t?.dispose();
});

describe('the sync schedule after the clock ran ahead', () => {
  it('syncs once the clock is put right, though its last attempt is dated a year ahead', async () => {
    // Nothing answers at this address: every attempt fails at once, and is recorded.
    const urls = hqUrlStore({ directory: folder, secretBox: aesSecretBox(), environment: () => ({}) });
    urls.save('postgres://backroom:secret@127.0.0.1:1/chain');
    const schedule = startSyncSchedule({
      sql: sql(),
      jobs: t.backroom.jobs,
      clock: t.clock,
      queue: new SerialQueue(),
      hqUrls: urls,
    });
    const aYearAhead = () => new Date(t.clock.now().getTime() + YEAR_MS).toISOString();
    const attempt = async () => {
      const jobId = await schedule.checkNow();
      if (jobId !== null) await t.backroom.jobs.whenEnded(jobId);
      return jobId;
    };
    try {
      await t.ok('sync.setSettings', { enabled: true, intervalMinutes: 15 }, admin);
      // The last attempt was stamped while the clock ran a year ahead; the clock has been put right since.
      updateSyncRecord(sql(), { lastAttemptAt: aYearAhead(), failures: 0 });
      expect(await attempt()).not.toBeNull();
      expect(readSyncRecord(sql())).toMatchObject({
        failures: 1,
        lastError: expect.stringContaining('Nothing answers'),
      });
      // After failures, the back-off's retry is not held off either.
      updateSyncRecord(sql(), { lastAttemptAt: aYearAhead() });
      expect(await attempt()).not.toBeNull();
      expect(readSyncRecord(sql()).failures).toBe(2);
    } finally {
      schedule.stop();
    }
  });
});
