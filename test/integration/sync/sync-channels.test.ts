import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { HQ_URL_VARIABLE } from '../../../electron/sync/hq-url';
import { SYNCABLE } from '../../../electron/sync/syncable';
import type { ReconcileSummary } from '../../../shared/contract/sync';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';

let t: TestBackroom;
let hq: TestHq;
let admin: string;
let manager: string;
let urlWithPassword: string;

beforeAll(async () => {
  [t, hq] = await Promise.all([openTestBackroom(), openTestHq()]);
  admin = (await setUpStore(t)).token;
  manager = await staffSession(t, admin, 'manager', 'mia');
  // The test server trusts loopback, so any password is accepted: enough to see it never leaks.
  const url = new URL(hq.url);
  url.password = 'hq-s3cret-pw';
  urlWithPassword = url.toString();
}, HQ_TIMEOUT_MS);

afterAll(async () => {
  delete process.env[HQ_URL_VARIABLE];
  await t?.dispose();
  await hq?.dispose();
});

const sql = () => sqliteOf(t.backroom.dataSource);
const pending = () => sql().prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;

async function runJob(channel: 'sync.run' | 'sync.reconcile') {
  const { jobId } = await t.ok(channel, {}, admin);
  return t.endedJob(jobId, admin);
}

describe('sync channels', { timeout: 120_000 }, () => {
  it('say head office is not set up until its URL is, and refuse to sync', async () => {
    delete process.env[HQ_URL_VARIABLE];
    const status = await t.ok('sync.status', {}, admin);
    expect(status).toMatchObject({ configured: false, target: null, lastSuccessAt: null, failures: 0 });
    // Before the first sync every record is still to be sent, beside whatever the outbox holds.
    const records = SYNCABLE.reduce(
      (sum, shape) => sum + (sql().prepare(`SELECT COUNT(*) FROM "${shape.table}"`).pluck().get() as number),
      0,
    );
    expect(status.pending).toBe(records + pending());
    const refused = await t.call('sync.run', {}, admin);
    expect(refused.ok || refused.error.code).toBe('VALIDATION');
  });

  it('are for admins only', async () => {
    for (const channel of ['sync.status', 'sync.run', 'sync.testConnection', 'sync.reconcile']) {
      const answer = await t.call(channel, {}, manager);
      expect(answer.ok || answer.error.code).toBe('FORBIDDEN');
    }
  });

  it('test the connection and show where head office is without its password', async () => {
    process.env[HQ_URL_VARIABLE] = urlWithPassword;
    const test = await t.ok('sync.testConnection', {}, admin);
    expect(test.ok).toBe(true);
    const status = await t.ok('sync.status', {}, admin);
    expect(status.configured).toBe(true);
    expect(status.target).toContain('127.0.0.1');
    expect(JSON.stringify(status)).not.toContain('hq-s3cret-pw');
  });

  it('sync as a job, after which nothing is pending and head office has the store', async () => {
    const job = await runJob('sync.run');
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ skipped: 0 });
    expect(pending()).toBe(0);
    const status = await t.ok('sync.status', {}, admin);
    expect(status).toMatchObject({ pending: 0, lastError: null, failures: 0, retryAt: null });
    expect(status.lastSuccessAt).not.toBeNull();
    const stores = await hq.query<{ name: string }>(`SELECT "record"->>'name' AS "name" FROM "stores"`);
    expect(stores.map((store) => store.name)).toEqual(['Corner Grocery']);
  });

  it('bring head office’s messages into the store room without sending them back', async () => {
    const storeUid = sql().prepare('SELECT "uid" FROM "stores" LIMIT 1').pluck().get() as string;
    await hq.query(
      `INSERT INTO "hq_messages" ("store_uid", "author_name", "body") VALUES ($1, 'Hana at HQ', 'Stocktake on Friday')`,
      [storeUid],
    );
    const job = await runJob('sync.run');
    expect(job.result).toMatchObject({ messagesPulled: 1 });
    const bodies = sql()
      .prepare(
        `SELECT m."body" FROM "messages" m JOIN "conversations" c ON c."id" = m."conversation_id" WHERE c."kind" = 'store'`,
      )
      .pluck()
      .all();
    expect(bodies).toEqual(['Head office (Hana at HQ): Stocktake on Friday']);
    expect(pending()).toBe(0);
    const [pulled] = await hq.query<{ pulled: boolean }>(
      'SELECT "pulled_at" IS NOT NULL AS "pulled" FROM "hq_messages"',
    );
    expect(pulled!.pulled).toBe(true);
    // A second sync pulls nothing new.
    expect((await runJob('sync.run')).result).toMatchObject({ messagesPulled: 0 });
  });

  it('reconcile as a read job that finds both sides equal', async () => {
    const job = await runJob('sync.reconcile');
    expect(job.status).toBe('succeeded');
    const report = job.result as ReconcileSummary;
    expect(report.differences).toEqual([]);
    expect(report.matches).toBe(true);
    expect(report.tables.find((table) => table.entity === 'stores')!.hq.rows).toBe(1);
  });

  it('record a failed attempt and when to retry it', async () => {
    const url = new URL(hq.url);
    url.port = '1';
    process.env[HQ_URL_VARIABLE] = url.toString();
    const job = await runJob('sync.run');
    expect(job.status).toBe('failed');
    const status = await t.ok('sync.status', {}, admin);
    expect(status.failures).toBe(1);
    expect(status.lastError).not.toBeNull();
    expect(Date.parse(status.retryAt!)).toBeGreaterThan(Date.parse(status.lastAttemptAt!));
    process.env[HQ_URL_VARIABLE] = urlWithPassword;
  });
});
