import type Database from 'better-sqlite3';
import { withOutboxPaused } from '../sync/pause-outbox';
import type { SeedScaleSpec } from './scales';
import type { SeedTimeline } from './seed-time';

export interface SeedProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * What every seeding step needs: the raw connection, the sizes to generate, the calendar they
 * fall in and where progress goes.
 */
export interface SeedContext {
  db: Database.Database;
  scale: SeedScaleSpec;
  time: SeedTimeline;
  report(progress: SeedProgress): void;
}

/**
 * Calls `write(from, to)` for consecutive slices of [0, total), `rowsPerTransaction` rows per
 * transaction (one commit per slice instead of one per row), reporting progress every
 * `rowsPerReport` rows and yielding to the event loop between transactions so progress events
 * reach a window or terminal while a long seed runs.
 */
export async function writeInChunks(
  ctx: SeedContext,
  phase: string,
  total: number,
  rowsPerTransaction: number,
  write: (from: number, to: number) => void,
  rowsPerReport = rowsPerTransaction,
): Promise<void> {
  const writeAndReport = (from: number, to: number) => {
    for (let start = from; start < to; start += rowsPerReport) {
      const end = Math.min(to, start + rowsPerReport);
      write(start, end);
      ctx.report({ phase, done: end, total });
    }
  };
  ctx.report({ phase, done: 0, total });
  for (let from = 0; from < total; from += rowsPerTransaction) {
    const to = Math.min(total, from + rowsPerTransaction);
    inSeedTransaction(ctx.db, () => writeAndReport(from, to));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Runs `write` in a transaction with the sync outbox paused: a seeded file has never been synced,
 * and its first sync sends a snapshot of everything, so queueing millions of changes would only
 * cost time and space. Inside a caller's transaction (the demo data job runs in one) a
 * nested transaction would be a savepoint, whose journal SQLite rewinds by walking it at every
 * statement: quadratic. The caller's transaction already makes the seed atomic, so `write` then
 * just runs in it.
 */
export function inSeedTransaction<T>(db: Database.Database, write: () => T): T {
  const paused = () => withOutboxPaused(db, write);
  return db.inTransaction ? paused() : db.transaction(paused)();
}
