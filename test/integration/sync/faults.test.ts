import type Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { seedDatabase } from '../../../database/seed';
import { reconcile } from '../../../electron/sync/reconcile';
import { runSync } from '../../../electron/sync/run-sync';
import { snapshotRemaining } from '../../../electron/sync/snapshot';
import { SYNCABLE } from '../../../electron/sync/syncable';
import { readSyncRecord } from '../../../electron/sync/sync-record';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';
import { startFaultyProxy, type FaultyProxy } from '../../helpers/tcp-proxy';
import { SEED_END_AT, hashOnce } from '../seed/seed-fixtures';

let temp: TempDatabase;
let sql: Database.Database;
let hq: TestHq;
let proxy: FaultyProxy;
let proxyUrl: string;

beforeAll(async () => {
  [temp, hq] = await Promise.all([openTempDatabase(), openTestHq()]);
  await seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() });
  sql = sqliteOf(temp.dataSource);
  const direct = new URL(hq.url);
  proxy = await startFaultyProxy(Number(direct.port));
  direct.port = String(proxy.port);
  proxyUrl = direct.toString();
}, HQ_TIMEOUT_MS + 180_000);

afterAll(async () => {
  await proxy?.close();
  await temp?.dispose();
  await hq?.dispose();
});

const count = (table: string) => sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;

/** Some of the day's trade between two attempts: edits and new ledger rows, so the outbox moves under the sync. */
function tradeALittle(round: number): void {
  const store = sql.prepare('SELECT "id" FROM "stores" ORDER BY "id" LIMIT 1').pluck().get() as number;
  const product = sql
    .prepare('SELECT "id" FROM "products" ORDER BY "id" LIMIT 1 OFFSET ?')
    .pluck()
    .get(round) as number;
  sql.transaction(() => {
    sql.prepare(`UPDATE "customers" SET "notes" = ? WHERE "id" % 97 = ?`).run(`round ${round}`, round % 97);
    sql
      .prepare(
        `INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "occurred_at")
         VALUES (?, ?, ?, 'receipt', 5, 100, '2026-11-01T12:00:00.000Z')`,
      )
      .run(newUid(), store, product);
  })();
}

async function expectExactCopy(): Promise<void> {
  expect(count('sync_outbox')).toBe(0);
  const client = new pg.Client(hq.url);
  await client.connect();
  try {
    const report = await reconcile(sql, client);
    expect(report.differences).toEqual([]);
    expect(report.days).toEqual([]);
    expect(report.matches).toBe(true);
    for (const shape of SYNCABLE) {
      const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS "n" FROM "${shape.table}"`);
      expect(Number(rows[0]!.n)).toBe(count(shape.table));
    }
    // No change id was applied twice.
    const { rows } = await client.query<{ n: string; distinct: string }>(
      'SELECT COUNT(*) AS "n", COUNT(DISTINCT s) AS "distinct" FROM "applied_changes" a CROSS JOIN unnest(a."seqs") s',
    );
    expect(rows[0]!.n).toBe(rows[0]!.distinct);
  } finally {
    await client.end();
  }
}

describe('sync over a network that drops', { timeout: 600_000 }, () => {
  it('loses nothing and applies nothing twice when connections are cut at many points mid-batch', async () => {
    const cutPoints = [300, 3_000, 20_000, 90_000, 400_000, 1_500_000, 4_000_000, 9_000_000];
    let failures = 0;
    for (const [round, bytes] of cutPoints.entries()) {
      proxy.cutAfter(bytes);
      const before = count('sync_outbox');
      const { snapshotSentAt, snapshot } = readSyncRecord(sql);
      const snapshotBefore = snapshot ? snapshotRemaining(sql, snapshot) : Infinity;
      const outcome = await runSync(sql, proxyUrl, { batchSize: 1_000 }).then(
        () => 'finished' as const,
        (error: Error) => error,
      );
      if (outcome !== 'finished') {
        failures++;
        expect(readSyncRecord(sql).failures).toBe(failures);
        expect(readSyncRecord(sql).lastError).toBe(outcome.message);
      }
      // Progress is kept: what head office committed never needs sending again.
      if (snapshotSentAt !== null) expect(count('sync_outbox')).toBeLessThanOrEqual(before);
      const snapshotAfter = readSyncRecord(sql).snapshot;
      if (snapshotAfter) expect(snapshotRemaining(sql, snapshotAfter)).toBeLessThanOrEqual(snapshotBefore);
      tradeALittle(round);
    }
    expect(proxy.cuts).toBeGreaterThanOrEqual(cutPoints.length - 1);
    expect(failures).toBeGreaterThanOrEqual(cutPoints.length - 2);

    proxy.cutAfter(null);
    await runSync(sql, proxyUrl, { batchSize: 1_000 });
    expect(readSyncRecord(sql)).toMatchObject({ failures: 0, lastError: null });
    await expectExactCopy();
  });

  it('picks up where it stopped when head office restarts in the middle of a sync', async (context) => {
    if (hq.server === null) context.skip();
    for (let round = 100; round < 140; round++) tradeALittle(round);
    sql.prepare(`UPDATE "customers" SET "notes" = 'restart'`).run();
    const pending = count('sync_outbox');
    expect(pending).toBeGreaterThan(3_000);
    let stopped = false;
    const interrupted = await runSync(sql, hq.url, {
      batchSize: 500,
      onProgress: (progress) => {
        if (!stopped && progress.phase === 'push' && progress.done >= 1_000) {
          stopped = true;
          hq.server!.stop();
        }
      },
    }).then(
      () => null,
      (error: Error) => error,
    );
    expect(stopped).toBe(true);
    expect(interrupted).toBeInstanceOf(Error);
    const left = count('sync_outbox');
    expect(left).toBeLessThan(pending);
    expect(left).toBeGreaterThan(0);
    hq.server!.start();
    await runSync(sql, hq.url, { batchSize: 500 });
    await expectExactCopy();
  });
});
