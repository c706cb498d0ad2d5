import type { ClientBase } from 'pg';
import type { HqMigration } from './migration';
import { recordsMigration } from './migrations/0001-records';
import { chainViewsMigration } from './migrations/0002-chain-views';
import { storeMessagesMigration } from './migrations/0003-store-messages';

/** Head office's schema, in order. Append only; never edit one that has shipped. */
export const hqMigrations: readonly HqMigration[] = [recordsMigration, chainViewsMigration, storeMessagesMigration];

/**
 * The advisory lock every Backroom holds while it migrates head office: any fixed number, but
 * never change it, or Backrooms of different versions would no longer wait for one another.
 * Older versions take it per migration transaction (pg_advisory_xact_lock), this one for the
 * whole run (pg_advisory_lock); PostgreSQL makes the two wait on each other across sessions.
 */
export const HQ_MIGRATION_LOCK = 7_300_001;

export interface MigrateHqOptions {
  /**
   * Runs once the lock is held, before anything is created or migrated; throwing stops the run
   * with nothing written. What it reads cannot change under it until the migrations are done,
   * since every other Backroom migrating head office waits for the lock.
   */
  beforeMigrating?: (client: ClientBase) => Promise<void>;
}

/**
 * Brings head office's PostgreSQL schema up to date. The whole run holds one advisory lock, so
 * stores syncing at the same time wait instead of racing to create the same tables, and a check
 * made first sees what the last Backroom to migrate left. Each migration runs in its own
 * transaction with its row in hq_migrations, so one that fails leaves nothing behind. Answers the
 * names applied now.
 */
export async function migrateHq(client: ClientBase, options: MigrateHqOptions = {}): Promise<string[]> {
  await client.query('SELECT pg_advisory_lock($1)', [HQ_MIGRATION_LOCK]);
  try {
    await options.beforeMigrating?.(client);
    await client.query(
      'CREATE TABLE IF NOT EXISTS "hq_migrations" ("name" text PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())',
    );
    const applied: string[] = [];
    for (const migration of hqMigrations) {
      if (await applyMigration(client, migration)) applied.push(migration.name);
    }
    return applied;
  } finally {
    // On a broken connection this fails too, and PostgreSQL frees the lock with the session.
    await client.query('SELECT pg_advisory_unlock($1)', [HQ_MIGRATION_LOCK]).catch(() => undefined);
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
