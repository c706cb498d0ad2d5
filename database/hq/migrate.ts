import type { ClientBase } from 'pg';
import type { HqMigration } from './migration';
import { recordsMigration } from './migrations/0001-records';
import { chainViewsMigration } from './migrations/0002-chain-views';
import { storeMessagesMigration } from './migrations/0003-store-messages';

/** Head office's schema, in order. Append only; never edit one that has shipped. */
export const hqMigrations: readonly HqMigration[] = [recordsMigration, chainViewsMigration, storeMessagesMigration];

/** Any fixed number: it names the lock every Backroom takes while it migrates head office. */
const MIGRATION_LOCK = 7_300_001;

/**
 * Brings head office's PostgreSQL schema up to date. Each migration runs in its own transaction
 * with its row in hq_migrations, so one that fails leaves nothing behind; stores syncing at the
 * same time wait on an advisory lock instead of racing to create the same tables. Answers the
 * names applied now.
 */
export async function migrateHq(client: ClientBase): Promise<string[]> {
  await client.query(
    'CREATE TABLE IF NOT EXISTS "hq_migrations" ("name" text PRIMARY KEY, "applied_at" timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  for (const migration of hqMigrations) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await client.query('SELECT 1 FROM "hq_migrations" WHERE "name" = $1', [migration.name]);
      if (done.rowCount === 0) {
        for (const statement of migration.statements) await client.query(statement);
        await client.query('INSERT INTO "hq_migrations" ("name") VALUES ($1)', [migration.name]);
        applied.push(migration.name);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return applied;
}
