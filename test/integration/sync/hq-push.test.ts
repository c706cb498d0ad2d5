import type Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hqMigrations, migrateHq } from '../../../database/hq/migrate';
import { RECORD_TABLES_V1 } from '../../../database/hq/migrations/0001-records';
import { applyCopyBatch, type SyncSource } from '../../../electron/sync/hq-apply';
import { reconcile } from '../../../electron/sync/reconcile';
import { runSync } from '../../../electron/sync/run-sync';
import { SYNCABLE } from '../../../electron/sync/syncable';
import { readSyncRecord, syncSource } from '../../../electron/sync/sync-record';
import type { TestHq } from '../../helpers/hq-database';
import { readWireBatch, toCopyBatch, type WireChange } from '../../helpers/sync-records';
import { countRows, openSeededSync, SEEDED_SYNC_TIMEOUT_MS, type SeededSync } from './seeded-sync';

let f: SeededSync;
let sql: Database.Database;
let hq: TestHq;

beforeAll(async () => {
  f = await openSeededSync();
  ({ sql, hq } = f);
}, SEEDED_SYNC_TIMEOUT_MS);

afterAll(() => f?.dispose());

const count = (table: string) => countRows(sql, table);
const hqCount = async (table: string) =>
  Number((await hq.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0]!.n);

/** Changes read with their records as JSON, applied as the COPY batch a push would send. */
const applyChanges = (client: pg.Client, source: SyncSource, changes: readonly WireChange[]) =>
  applyCopyBatch(client, source, toCopyBatch(source.uid, changes));

/** Sets a customer's phone and returns the change the outbox then holds for that customer. */
function phoneChange(customer: { id: number; uid: string }, phone: string): WireChange {
  sql.prepare(`UPDATE "customers" SET "phone" = ? WHERE "id" = ?`).run(phone, customer.id);
  return readWireBatch(sql).changes.find((change) => change.uid === customer.uid)!;
}

/** Head office's copy of a customer's phone, with the seq of the change that wrote it. */
const phoneAtHq = async (uid: string) =>
  (
    await hq.query<{ phone: string; seq: string }>(
      `SELECT "record"->>'phone' AS "phone", "seq" FROM "customers" WHERE "uid" = $1`,
      [uid],
    )
  )[0];

async function withClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(hq.url);
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

describe('head office schema', () => {
  it('is created by its own migrations, recorded once, and keeps a table per syncable entity', async () => {
    const first = await withClient((client) => migrateHq(client));
    expect(first).toEqual(hqMigrations.map((migration) => migration.name));
    expect(await withClient((client) => migrateHq(client))).toEqual([]);
    const recorded = await hq.query<{ name: string }>('SELECT "name" FROM "hq_migrations" ORDER BY "name"');
    expect(recorded.map((row) => row.name)).toEqual(hqMigrations.map((migration) => migration.name));
    expect([...RECORD_TABLES_V1]).toEqual(SYNCABLE.map((shape) => shape.table));
  });
});

describe('the first sync', { timeout: 120_000 }, () => {
  it('sends the whole file in ordered batches, and leaves the outbox empty', async () => {
    expect(count('sync_outbox')).toBe(0);
    const progress: number[] = [];
    const result = await runSync(sql, hq.url, {
      batchSize: 2_000,
      onProgress: (p) => p.phase === 'push' && progress.push(p.done),
    });
    const total = SYNCABLE.reduce((sum, shape) => sum + count(shape.table), 0);
    expect(result.applied).toBe(total);
    expect(result.skipped).toBe(0);
    expect(result.batches).toBe(Math.ceil(total / 2_000));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(total);
    expect(count('sync_outbox')).toBe(0);
    for (const shape of SYNCABLE) expect(await hqCount(shape.table)).toBe(count(shape.table));
    const [ids] = await hq.query<{ n: string; distinct: string }>(
      'SELECT COUNT(*) AS "n", COUNT(DISTINCT s) AS "distinct" FROM "applied_changes" a CROSS JOIN unnest(a."seqs") s',
    );
    expect(Number(ids!.n)).toBe(total);
    expect(Number(ids!.distinct)).toBe(total);
    const record = readSyncRecord(sql);
    expect(record.lastSuccessAt).not.toBeNull();
    expect(record.lastError).toBeNull();
  });

  it('reconciles exactly with the store afterwards', async () => {
    const report = await withClient((client) => reconcile(sql, client));
    expect(report.pending).toBe(0);
    expect(report.differences).toEqual([]);
    expect(report.days).toEqual([]);
    expect(report.matches).toBe(true);
    const orders = report.tables.find((table) => table.entity === 'orders')!;
    expect(orders.store.rows).toBe(count('orders'));
    expect(orders.hq).toEqual(orders.store);
  });

  it('finds a record changed at head office by hand', async () => {
    const [victim] = await hq.query<{ uid: string }>('SELECT "uid" FROM "customers" ORDER BY "uid" LIMIT 1');
    await hq.query(`UPDATE "customers" SET "record" = jsonb_set("record", '{notes}', '"edited"') WHERE "uid" = $1`, [
      victim!.uid,
    ]);
    const report = await withClient((client) => reconcile(sql, client));
    expect(report.matches).toBe(false);
    expect(report.differences).toEqual([{ entity: 'customers', uid: victim!.uid, kind: 'different' }]);
    expect(report.days).toHaveLength(1);
    // Put it back the way the store has it: a change pushed again restores it.
    sql.prepare(`UPDATE "customers" SET "notes" = 'restored' WHERE "uid" = ?`).run(victim!.uid);
    await runSync(sql, hq.url);
    expect((await withClient((client) => reconcile(sql, client))).matches).toBe(true);
  });
});

describe('a batch delivered twice', { timeout: 120_000 }, () => {
  it('is applied once: the second delivery changes nothing', async () => {
    const customer = sql.prepare('SELECT "id", "uid" FROM "customers" ORDER BY "id" LIMIT 1').get() as {
      id: number;
      uid: string;
    };
    sql.prepare(`UPDATE "customers" SET "phone" = '555-0101' WHERE "id" = ?`).run(customer.id);
    const batch = readWireBatch(sql);
    expect(batch.changes).toHaveLength(1);
    const source = syncSource(sql);
    const first = await withClient((client) => applyChanges(client, source, batch.changes));
    expect(first).toEqual({ applied: 1, skipped: 0 });
    // The acknowledgement was lost; meanwhile head office's copy is edited to show a re-apply.
    await hq.query(`UPDATE "customers" SET "record" = jsonb_set("record", '{phone}', '"untouched"') WHERE "uid" = $1`, [
      customer.uid,
    ]);
    const again = await withClient((client) => applyChanges(client, source, batch.changes));
    expect(again).toEqual({ applied: 0, skipped: 1 });
    expect((await phoneAtHq(customer.uid))!.phone).toBe('untouched');
    const applied = await hq.query('SELECT 1 FROM "applied_changes" WHERE $1 = ANY("seqs")', [batch.changes[0]!.seq]);
    expect(applied).toHaveLength(1);
    // A later change of the record heals head office's copy for the tests after this one.
    sql.prepare(`UPDATE "customers" SET "phone" = '555-0102' WHERE "id" = ?`).run(customer.id);
  });

  it('never lets an older change overwrite a newer one', async () => {
    const customer = sql.prepare('SELECT "id", "uid" FROM "customers" ORDER BY "id" DESC LIMIT 1').get() as {
      id: number;
      uid: string;
    };
    const older = phoneChange(customer, '555-0202');
    const newer = phoneChange(customer, '555-0303');
    expect(newer.seq).toBeGreaterThan(older.seq);
    const source = syncSource(sql);
    await withClient((client) => applyChanges(client, source, [newer]));
    await withClient((client) =>
      applyChanges(client, source, [{ ...older, json: older.json!.replace('555-0303', '555-0202') }]),
    );
    expect((await phoneAtHq(customer.uid))!.phone).toBe('555-0303');
  });

  it('takes records sent as new that head office already has the careful way: the newer seq wins', async () => {
    const customer = sql.prepare('SELECT "id", "uid" FROM "customers" ORDER BY "id" LIMIT 1 OFFSET 2').get() as {
      id: number;
      uid: string;
    };
    const older = phoneChange(customer, '555-0404');
    const newer = phoneChange(customer, '555-0505');
    expect(newer.seq).toBeGreaterThan(older.seq);
    const source = syncSource(sql);
    // As a file restored from a backup might send them: marked never seen, though head office has the record.
    const first = await withClient((client) => applyChanges(client, source, [{ ...newer, op: 'insert' }]));
    expect(first).toEqual({ applied: 1, skipped: 0 });
    expect(await phoneAtHq(customer.uid)).toEqual({ phone: '555-0505', seq: String(newer.seq) });
    const second = await withClient((client) => applyChanges(client, source, [{ ...older, op: 'insert' }]));
    expect(second).toEqual({ applied: 1, skipped: 0 });
    expect(await phoneAtHq(customer.uid)).toEqual({ phone: '555-0505', seq: String(newer.seq) });
  });

  it('applies deletes', async () => {
    await runSync(sql, hq.url);
    const message = sql.prepare('SELECT "uid" FROM "messages" LIMIT 1').pluck().get() as string | undefined;
    if (message === undefined) {
      const staff = sql.prepare('SELECT "id" FROM "staff_members" ORDER BY "id" LIMIT 1').pluck().get() as number;
      const room = sql.prepare(`SELECT "id" FROM "conversations" WHERE "kind" = 'everyone'`).pluck().get() as number;
      sql
        .prepare(
          `INSERT INTO "messages" ("uid", "conversation_id", "author_id", "body", "created_at") VALUES ('0195d2a0-0000-7000-8000-000000000001', ?, ?, 'hello', '2026-11-01T10:00:00.000Z')`,
        )
        .run(room, staff);
      await runSync(sql, hq.url);
    }
    const uid = sql.prepare('SELECT "uid" FROM "messages" LIMIT 1').pluck().get() as string;
    expect(await hq.query('SELECT 1 FROM "messages" WHERE "uid" = $1', [uid])).toHaveLength(1);
    sql
      .prepare('DELETE FROM "message_mentions" WHERE "message_id" = (SELECT "id" FROM "messages" WHERE "uid" = ?)')
      .run(uid);
    sql.prepare('DELETE FROM "messages" WHERE "uid" = ?').run(uid);
    await runSync(sql, hq.url);
    expect(await hq.query('SELECT 1 FROM "messages" WHERE "uid" = $1', [uid])).toHaveLength(0);
    expect((await withClient((client) => reconcile(sql, client))).matches).toBe(true);
  });
});
