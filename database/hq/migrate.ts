import type { ClientBase } from 'pg';
import type { HqMigration } from './migration';
import { lockHq, unlockHq } from './migration-lock';
import { recordsMigration } from './migrations/0001-records';
import { chainViewsMigration } from './migrations/0002-chain-views';
import { storeMessagesMigration } from './migrations/0003-store-messages';

/** Head office's schema, in order. Append only; never edit one that has shipped. */
export const hqMigrations: readonly HqMigration[] = [recordsMigration, chainViewsMigration, storeMessagesMigration];

export interface MigrateHqOptions {
  /**
   * Runs once the lock is held, before anything is created or migrated; throwing stops the run
   * with nothing written. What it reads cannot change under it until the migrations are done,
   * since every other Backroom migrating head office waits for the lock.
   */
  beforeMigrating?: (client: ClientBase) => Promise<unknown>;
  /**
   * Leaves the session holding the lock shared once the migrations are done, until it unlocks it
   * or ends: a session that goes on to write keeps every other Backroom from migrating head
   * office under it. The shared lock is taken before the exclusive one is let go, so no other
   * Backroom can slip a migration in between.
   */
  thenHoldShared?: boolean;
  /** How long to wait for the lock (HQ_LOCK_WAIT_MS unless given); longer fails with HqBusyError. */
  lockWaitMs?: number;
}

/**
 * Brings head office's PostgreSQL schema up to date. The whole run holds the migration lock
 * exclusive, so stores syncing at the same time wait instead of racing to create the same tables,
 * a check made first sees what the last Backroom to migrate left, and no Backroom still writing
 * in the schema it found (holding the lock shared) sees it change under it. Each migration runs
 * in its own transaction with its row in hq_migrations, so one that fails leaves nothing behind.
 * Answers the names applied now.
 */
export async function migrateHq(client: ClientBase, options: MigrateHqOptions = {}): Promise<string[]> {
  await lockHq(client, 'exclusive', options.lockWaitMs);
  try {
    await options.beforeMigrating?.(client);
    await client.query(
      'CREATE TABLE IF NOT EXISTS "hq_migrations" ("name" text PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())',
    );
    const applied: string[] = [];
    for (const migration of hqMigrations) {
      if (await applyMigration(client, migration)) applied.push(migration.name);
    }
    // Granted at once, even with others queued for the lock: this session holds it exclusive.
    if (options.thenHoldShared) await lockHq(client, 'shared', options.lockWaitMs);
    return applied;
  } finally {
    // On a broken connection this fails too, and PostgreSQL frees the lock with the session.
    await unlockHq(client, 'exclusive').catch(() => undefined);
  }
}

/** Applies one migration in its own transaction unless it is recorded already; answers whether it ran. */
async function applyMigration(client: ClientBase, migration: HqMigration): Promise<boolean> {
  await client.query('BEGIN');
  try {
    const done = await client.query('SELECT 1 FROM "hq_migrations" WHERE "name" = $1', [migration.name]);
    if (done.rowCount === 0) {
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO "hq_migrations" ("name") VALUES ($1)', [migration.name]);
    }
    await client.query('COMMIT');
    return done.rowCount === 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
