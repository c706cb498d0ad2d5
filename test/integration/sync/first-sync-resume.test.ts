import type Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../../electron/sync/reconcile';
import { snapshotRemaining } from '../../../electron/sync/snapshot';
import { runSync } from '../../../electron/sync/run-sync';
import { SYNCABLE } from '../../../electron/sync/syncable';
import { readSyncRecord } from '../../../electron/sync/sync-record';
import type { TestHq } from '../../helpers/hq-database';
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
const records = () => SYNCABLE.reduce((sum, shape) => sum + count(shape.table), 0);
const hqChangeIds = async () => {
  const [ids] = await hq.query<{ n: string; distinct: string }>(
    'SELECT COUNT(*) AS "n", COUNT(DISTINCT s) AS "distinct" FROM "applied_changes" a CROSS JOIN unnest(a."seqs") s',
  );
  return { sent: Number(ids!.n), distinct: Number(ids!.distinct) };
};

describe('a first sync stopped half-way', { timeout: 240_000 }, () => {
  let sentBeforeStop = 0;

  it('remembers how far head office committed its snapshot', async () => {
    const stop = new AbortController();
    const outcome = await runSync(sql, hq.url, {
      batchSize: 1_000,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.phase !== 'push') return;
        // The first sync's size is known from the start.
        expect(progress.total).toBe(records());
        if (progress.done >= 3_000) stop.abort();
      },
    }).then(
      () => 'finished',
      (error: Error) => error.name,
    );
    expect(outcome).toBe('AbortError');

    const record = readSyncRecord(sql);
    expect(record.snapshotSentAt).toBeNull();
    const { sent, distinct } = await hqChangeIds();
    expect(sent).toBeGreaterThanOrEqual(3_000);
    expect(distinct).toBe(sent);
    // The plan remembers exactly what head office committed, and nothing went through the outbox.
    expect(snapshotRemaining(sql, record.snapshot!)).toBe(records() - sent);
    expect(count('sync_outbox')).toBe(0);
    sentBeforeStop = sent;
  });

  it('resumes the snapshot there, so nothing is sent twice, and ends an exact copy', async () => {
    const result = await runSync(sql, hq.url, { batchSize: 1_000 });
    const total = records();
    expect(result.applied + sentBeforeStop).toBe(total);
    expect(result.skipped).toBe(0);
    expect(await hqChangeIds()).toEqual({ sent: total, distinct: total });
    expect(count('sync_outbox')).toBe(0);
    expect(readSyncRecord(sql)).toMatchObject({ snapshot: null, lastError: null, failures: 0 });
    expect(readSyncRecord(sql).snapshotSentAt).not.toBeNull();

    const client = new pg.Client(hq.url);
    await client.connect();
    try {
      const report = await reconcile(sql, client);
      expect(report.differences).toEqual([]);
      expect(report.matches).toBe(true);
    } finally {
      await client.end();
    }
  });
});
