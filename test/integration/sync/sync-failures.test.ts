import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { runSync } from '../../../electron/sync/run-sync';
import { readSyncRecord } from '../../../electron/sync/sync-record';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { HQ_TIMEOUT_MS } from '../../helpers/hq-database';
import { freePort, startPostgresServer, type PostgresServer } from '../../helpers/postgres-server';
import { startFaultyProxy, type FaultyProxy } from '../../helpers/tcp-proxy';

const PASSWORD = 'hq-pa55-for-the-test';

let store: TempDatabase;
let server: PostgresServer;
let proxy: FaultyProxy;

beforeAll(async () => {
  [store, server] = await Promise.all([openTempDatabase(), startPostgresServer({ password: PASSWORD })]);
  proxy = await startFaultyProxy(Number(new URL(server.url).port));
}, HQ_TIMEOUT_MS);

afterAll(async () => {
  await proxy?.close();
  server?.dispose();
  await store?.dispose();
});

const sql = () => sqliteOf(store.dataSource);

function withUrl(change: (url: URL) => void): string {
  const url = new URL(server.url);
  change(url);
  return url.toString();
}

/** What the Sync screen shows after a failed attempt, which must be the error the attempt threw. */
async function failedSync(url: string): Promise<string> {
  const thrown = await runSync(sql(), url).then(
    () => null,
    (error: Error) => error.message,
  );
  const { lastError } = readSyncRecord(sql());
  expect(lastError).toBe(thrown);
  return lastError!;
}

describe('a failed sync, as the admin reads it on the Sync screen', { timeout: 120_000 }, () => {
  it('names a wrong or missing password without repeating it', async () => {
    const wrong = await failedSync(withUrl((url) => (url.password = 'not-the-password')));
    expect(wrong).toBe('Head office refused the user postgres or its password: check both in the address.');
    const missing = await failedSync(withUrl((url) => (url.password = '')));
    expect(missing).toBe(wrong);
  });

  it('names an address where nothing answers, and a database that is not there', async () => {
    const port = await freePort();
    expect(await failedSync(withUrl((url) => (url.port = String(port))))).toMatch(
      new RegExp(
        `^Nothing answers at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\): check the address and the network\\.$`,
      ),
    );
    expect(await failedSync(withUrl((url) => (url.pathname = '/no_such_chain')))).toBe(
      "Head office's server has no database named no_such_chain.",
    );
  });

  it('says a connection cut mid-push broke off, and the next try sends the rest', async () => {
    await runSync(sql(), server.url);
    const insert = sql().prepare('INSERT INTO "brands" ("uid", "name") VALUES (?, ?)');
    sql().transaction(() => {
      for (let i = 0; i < 3_000; i++) insert.run(newUid(), `Brand ${i} ${'x'.repeat(40)}`);
    })();
    proxy.cutAfter(60_000);
    const message = await failedSync(withUrl((url) => (url.port = String(proxy.port))));
    expect(proxy.cuts).toBeGreaterThan(0);
    expect(message).toMatch(/^The connection to head office at 127\.0\.0\.1:\d+ broke off during the sync \(.+\)\./);
    expect(message).toContain('the next try sends the rest');
    expect(message).not.toContain(PASSWORD);

    proxy.cutAfter(null);
    await runSync(sql(), server.url);
    expect(readSyncRecord(sql())).toMatchObject({ lastError: null, failures: 0 });
    expect(sql().prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get()).toBe(0);
    const hq = new pg.Client(server.url);
    await hq.connect();
    try {
      expect((await hq.query('SELECT COUNT(*)::int AS "n" FROM "brands"')).rows[0]).toEqual({ n: 3_000 });
    } finally {
      await hq.end();
    }
  });
});
