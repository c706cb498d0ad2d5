import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateHq } from '../../../database/hq/migrate';
import { HQ_MIGRATION_LOCK } from '../../../database/hq/migration-lock';
import { HqBusyError } from '../../../database/hq/migration-lock';
import { connectHq } from '../../../electron/sync/hq-connection';
import { probeHq } from '../../../electron/sync/probe-hq';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';

let hq: TestHq;
/** Every connection a test opens, ended after it whatever happened. */
const open: pg.Client[] = [];

beforeAll(async () => {
  hq = await openTestHq();
}, HQ_TIMEOUT_MS);

afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.end().catch(() => undefined)));
});

afterAll(async () => {
  await hq?.dispose();
});

/** A plain session at head office, named so pg_locks can tell it apart. */
async function session(application: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: hq.url, application_name: application });
  client.on('error', () => undefined);
  await client.connect();
  open.push(client);
  return client;
}

async function connectSync(): Promise<pg.Client> {
  const client = await connectHq(hq.url);
  open.push(client);
  return client;
}

async function pidOf(client: pg.Client): Promise<number> {
  return (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS "pid"')).rows[0]!.pid;
}

/** The migration lock's entries in pg_locks for one backend: mode and whether granted. */
async function migrationLockOf(pid: number): Promise<string[]> {
  const rows = await hq.query<{ mode: string; granted: boolean }>(
    `SELECT "mode", "granted" FROM pg_locks
      WHERE "locktype" = 'advisory' AND "objid"::bigint = $1 AND "pid" = $2 ORDER BY "mode"`,
    [HQ_MIGRATION_LOCK, pid],
  );
  return rows.map((row) => `${row.mode}${row.granted ? '' : ' (waiting)'}`);
}

/** Resolves once the backend `pid` waits on the migration lock; fails if `attempt` settles first. */
async function waitingForLock(pid: number, attempt: Promise<unknown>): Promise<void> {
  await waitUntil(async () => (await migrationLockOf(pid)).some((entry) => entry.endsWith('(waiting)')), attempt);
}

/** Whether `promise` is still pending after a moment in which it could have settled. */
async function stillPending(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const winner = await Promise.race([
    promise.then(
      () => 'settled',
      () => 'settled',
    ),
    new Promise((resolve) => setTimeout(() => resolve(pending), 300)),
  ]);
  return winner === pending;
}

describe("head office's schema held still while a Backroom writes there", { timeout: 60_000 }, () => {
  it('hands the migration lock from exclusive to shared with no gap for a Backroom queued to migrate', async () => {
    // A fresh head office, so this connection migrates. Another session holding hq_migrations
    // makes it stop half-way, holding the migration lock exclusive, while a newer Backroom queues.
    await hq.query(
      'CREATE TABLE "hq_migrations" ("name" text PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())',
    );
    const tableHolder = await session('table-holder');
    await tableHolder.query('BEGIN');
    await tableHolder.query('LOCK TABLE "hq_migrations" IN EXCLUSIVE MODE');

    const connecting = connectHq(hq.url);
    void connecting.then((client) => open.push(client)).catch(() => undefined);
    const [syncPid] = await waitForApplication('backroom-sync');
    await waitUntil(async () => (await migrationLockOf(syncPid!)).includes('ExclusiveLock'), connecting);

    const newer = await session('newer-backroom');
    const newerPid = await pidOf(newer);
    const newerMigrating = newer.query('SELECT pg_advisory_lock($1)', [HQ_MIGRATION_LOCK]);
    await waitingForLock(newerPid, newerMigrating);
    await tableHolder.query('COMMIT');

    const sync = await connecting;
    // The moment connectHq answers, the session holds the lock shared and only shared, and the
    // newer Backroom is still queued: it never had the lock between this one's two modes.
    expect(await migrationLockOf(syncPid!)).toEqual(['ShareLock']);
    expect(await migrationLockOf(newerPid)).toEqual(['ExclusiveLock (waiting)']);
    expect(await stillPending(newerMigrating)).toBe(true);

    await sync.end();
    await newerMigrating;
    expect(await migrationLockOf(newerPid)).toEqual(['ExclusiveLock']);
  });

  it('makes a Backroom that would migrate wait until every connected sync has ended, syncs not waiting for one another', async () => {
    // Head office is up to date now: both connections only check, and both hold the lock shared.
    const first = await connectSync();
    const second = await connectSync();
    expect(await migrationLockOf(await pidOf(first))).toEqual(['ShareLock']);
    expect(await migrationLockOf(await pidOf(second))).toEqual(['ShareLock']);

    const newer = await session('newer-backroom');
    const newerPid = await pidOf(newer);
    const newerMigrating = migrateHq(newer);
    await waitingForLock(newerPid, newerMigrating);
    // An older Backroom takes the lock per migration transaction: it waits just the same.
    const older = await session('older-backroom');
    const olderPid = await pidOf(older);
    await older.query('BEGIN');
    const olderMigrating = older.query('SELECT pg_advisory_xact_lock($1)', [HQ_MIGRATION_LOCK]);
    await waitingForLock(olderPid, olderMigrating);
    // Test connection only reads, and answers even while migrations are queued.
    expect(await probeHq(hq.url)).toMatchObject({ ok: true });

    // First as at the end of a sync, then as on a dropped connection: each frees its hold.
    await first.end();
    expect(await stillPending(newerMigrating)).toBe(true);
    await hq.query('SELECT pg_terminate_backend($1)', [await pidOf(second)]);
    expect(await newerMigrating).toEqual([]);
    await olderMigrating;
    await older.query('COMMIT');
  });

  it('gives up waiting for the lock with a clear message, leaving nothing queued at head office', async () => {
    const sync = await connectSync();
    const newer = await session('newer-backroom');
    const newerPid = await pidOf(newer);
    const refusal = await migrateHq(newer, { lockWaitMs: 300 }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HqBusyError);
    expect((refusal as Error).message).toBe('Head office is being updated by another Backroom; try again shortly.');
    expect(await migrationLockOf(newerPid)).toEqual([]);
    // The session's own statements are no longer bounded by the lock wait.
    expect((await newer.query<{ lock_timeout: string }>('SHOW lock_timeout')).rows[0]!.lock_timeout).toBe('0');

    await sync.end();
    expect(await migrateHq(newer, { lockWaitMs: 300 })).toEqual([]);
  });
});

/** The backends of sessions named `application`, once there is one. */
async function waitForApplication(application: string): Promise<number[]> {
  let pids: number[] = [];
  await waitUntil(async () => {
    const rows = await hq.query<{ pid: number }>('SELECT "pid" FROM pg_stat_activity WHERE "application_name" = $1', [
      application,
    ]);
    pids = rows.map((row) => row.pid);
    return pids.length > 0;
  });
  return pids;
}

/** Polls `condition` until it holds; fails if `attempt` settles first or it takes too long. */
async function waitUntil(condition: () => Promise<boolean>, attempt?: Promise<unknown>): Promise<void> {
  let settled = false;
  void attempt?.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    if (settled) throw new Error('the attempt ended before the awaited state');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the awaited state never came');
}
