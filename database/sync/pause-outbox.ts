import type Database from 'better-sqlite3';

/**
 * Runs `write` with the outbox triggers paused: its changes reach the tables but not the sync
 * outbox. The flag is set and cleared inside the caller's transaction, so it is never visible to
 * another connection and a crash half-way rolls it back with the writes. Nested calls keep the
 * outer pause.
 */
export function withOutboxPaused<T>(sql: Database.Database, write: () => T): T {
  if (!sql.inTransaction) throw new Error('The outbox can only be paused inside a transaction.');
  const wasPaused = sql.prepare('SELECT "outbox_paused" FROM "sync_state" WHERE "id" = 1').pluck().get() === 1;
  if (wasPaused) return write();
  const setPaused = sql.prepare('UPDATE "sync_state" SET "outbox_paused" = ? WHERE "id" = 1');
  setPaused.run(1);
  try {
    return write();
  } finally {
    setPaused.run(0);
  }
}
