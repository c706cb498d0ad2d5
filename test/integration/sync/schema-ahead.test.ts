import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import type { TestBackroom } from '../../helpers/backroom';
import { HQ_TIMEOUT_MS, type TestHq } from '../../helpers/hq-database';
import { hqCount, openBackroomWithHq, type BackroomWithHq } from './backroom-with-hq';

let f: BackroomWithHq;
let t: TestBackroom;
let hq: TestHq;
let admin: string;

beforeAll(async () => {
  f = await openBackroomWithHq();
  ({ t, hq, admin } = f);
}, HQ_TIMEOUT_MS);

afterAll(() => f?.dispose());

const sql = () => sqliteOf(t.backroom.dataSource);
const pending = () => sql().prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;
const hqRows = (table: string) => hqCount(hq, table);

async function runSyncJob() {
  const { jobId } = await t.ok('sync.run', {}, admin);
  return t.endedJob(jobId, admin);
}

describe('a head office a newer Backroom has migrated', { timeout: 120_000 }, () => {
  it('is refused by the sync itself, before anything is sent, with the reason on the sync status', async () => {
    // A first sync creates head office's schema and sends the store.
    expect((await runSyncJob()).status).toBe('succeeded');
    const storesBefore = await hqRows('stores');
    const batchesBefore = await hqRows('applied_changes');
    expect(storesBefore).toBe(1);

    // A newer Backroom migrates head office; this store then changes something.
    await hq.query(`INSERT INTO "hq_migrations" ("name") VALUES ('0099-from-a-newer-backroom')`);
    sql().prepare(`UPDATE "stores" SET "name" = 'Corner Grocery (renamed)'`).run();
    const waiting = pending();
    expect(waiting).toBeGreaterThan(0);

    const job = await runSyncJob();
    expect(job.status).toBe('failed');
    const status = await t.ok('sync.status', {}, admin);
    expect(status.failures).toBe(1);
    expect(status.lastError).toContain("Head office's schema is newer than this Backroom knows");
    expect(status.lastError).toContain('0099-from-a-newer-backroom');
    expect(status.lastError).toContain('update Backroom');
    // The same words as test connection's.
    const probe = await t.ok('sync.testConnection', {}, admin);
    expect(probe).toMatchObject({ ok: false, problem: 'schema-ahead', message: status.lastError });

    // Nothing left the store and nothing changed at head office.
    expect(pending()).toBe(waiting);
    expect(await hqRows('applied_changes')).toBe(batchesBefore);
    const names = await hq.query<{ name: string }>(`SELECT "record"->>'name' AS "name" FROM "stores"`);
    expect(names.map((row) => row.name)).toEqual(['Corner Grocery']);
    const migrations = await hq.query<{ name: string }>('SELECT "name" FROM "hq_migrations" ORDER BY "name"');
    expect(migrations.map((row) => row.name).at(-1)).toBe('0099-from-a-newer-backroom');
  });

  it('syncs again once head office no longer has a migration this Backroom does not know', async () => {
    await hq.query(`DELETE FROM "hq_migrations" WHERE "name" = '0099-from-a-newer-backroom'`);
    expect((await runSyncJob()).status).toBe('succeeded');
    expect(pending()).toBe(0);
    const names = await hq.query<{ name: string }>(`SELECT "record"->>'name' AS "name" FROM "stores"`);
    expect(names.map((row) => row.name)).toEqual(['Corner Grocery (renamed)']);
    expect((await t.ok('sync.status', {}, admin)).lastError).toBeNull();
  });
});
