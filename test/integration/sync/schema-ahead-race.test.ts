import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { hqMigrations, migrateHq } from '../../../database/hq/migrate';
import { HQ_MIGRATION_LOCK } from '../../../database/hq/migration-lock';
import { connectHq } from '../../../electron/sync/hq-connection';
import { HqSchemaAheadError } from '../../../electron/sync/hq-schema';
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

const pending = () =>
  sqliteOf(t.backroom.dataSource).prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;
const hqRows = (table: string) => hqCount(hq, table);
const recordedMigrations = async () =>
  (await hq.query<{ name: string }>('SELECT "name" FROM "hq_migrations" ORDER BY "name"')).map((row) => row.name);

/**
 * A newer Backroom in the middle of migrating head office: it holds the migration lock until
 * `finish` has applied this Backroom's migrations and recorded one of its own, then lets go.
 */
async function newerBackroomMigrating(newerMigration: string) {
  const client = new pg.Client(hq.url);
  client.on('error', () => undefined);
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1)', [HQ_MIGRATION_LOCK]);
  return {
    async finish() {
      try {
        // The lock is this session's already, so its own migrations go straight through.
        await migrateHq(client);
        await client.query('INSERT INTO "hq_migrations" ("name") VALUES ($1)', [newerMigration]);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [HQ_MIGRATION_LOCK]);
        await client.end();
      }
    },
  };
}

/** Resolves once a session named `application` waits on the migration lock; fails if `attempt` settles first. */
async function waitingOnMigrationLock(application: string, attempt: Promise<unknown>): Promise<void> {
  let settled = false;
  void attempt.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [row] = await hq.query<{ n: string }>(
      `SELECT COUNT(*) AS "n" FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND NOT l.granted AND l.objid::bigint = $1 AND a.application_name = $2`,
      [HQ_MIGRATION_LOCK, application],
    );
    if (Number(row!.n) > 0) return;
    if (settled) throw new Error(`${application} finished without waiting on the migration lock`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${application} never waited on the migration lock`);
}

describe('a newer Backroom migrating head office while this one connects', { timeout: 120_000 }, () => {
  it('makes the connection wait for the lock, then refuse with HqSchemaAheadError, writing nothing', async () => {
    const newer = await newerBackroomMigrating('0099-from-a-newer-backroom');
    const connecting = connectHq(hq.url);
    const outcome = connecting.then(
      async (client) => {
        await client.end();
        return 'connected';
      },
      (error: unknown) => error,
    );
    await waitingOnMigrationLock('backroom-sync', connecting);
    await newer.finish();

    const error = await outcome;
    expect(error).toBeInstanceOf(HqSchemaAheadError);
    expect((error as HqSchemaAheadError).ahead).toEqual(['0099-from-a-newer-backroom']);
    // Head office holds what the newer Backroom wrote and nothing more.
    expect(await recordedMigrations()).toEqual([
      ...hqMigrations.map((migration) => migration.name),
      '0099-from-a-newer-backroom',
    ]);
    expect(await hqRows('stores')).toBe(0);
    expect(await hqRows('applied_changes')).toBe(0);
  });

  it('fails a sync that started during the migration, sending nothing, with the reason on the sync status', async () => {
    // Head office is back at this Backroom's schema, and the store has records waiting to go.
    await hq.query(`DELETE FROM "hq_migrations" WHERE "name" = '0099-from-a-newer-backroom'`);
    const newer = await newerBackroomMigrating('0100-from-a-newer-backroom');
    const { jobId } = await t.ok('sync.run', {}, admin);
    const ended = t.backroom.jobs.whenEnded(jobId);
    await waitingOnMigrationLock('backroom-sync', ended);
    await newer.finish();
    await ended;

    expect((await t.ok('jobs.get', { id: jobId }, admin)).status).toBe('failed');
    const status = await t.ok('sync.status', {}, admin);
    expect(status.lastError).toContain("Head office's schema is newer than this Backroom knows");
    expect(status.lastError).toContain('0100-from-a-newer-backroom');
    expect(await hqRows('stores')).toBe(0);
    expect(await hqRows('staff_members')).toBe(0);
    expect(await hqRows('applied_changes')).toBe(0);
    expect((await recordedMigrations()).at(-1)).toBe('0100-from-a-newer-backroom');
    // Once head office no longer has what this Backroom does not know, the store's records go.
    await hq.query(`DELETE FROM "hq_migrations" WHERE "name" = '0100-from-a-newer-backroom'`);
    const { jobId: again } = await t.ok('sync.run', {}, admin);
    expect((await t.endedJob(again, admin)).status).toBe('succeeded');
    expect(await hqRows('stores')).toBe(1);
    expect(pending()).toBe(0);
  });
});
