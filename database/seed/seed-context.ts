import type Database from 'better-sqlite3';
import type { SeedScaleSpec } from './scales';

export interface SeedProgress {
  phase: string;
  done: number;
  total: number;
}

/** What every seeding step needs: the raw connection, the sizes to generate and where progress goes. */
export interface SeedContext {
  db: Database.Database;
  scale: SeedScaleSpec;
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
  // Inside a caller's transaction (the demo.loadData channel runs in one) slices would become
  // savepoints, whose journal SQLite rewinds by walking it at every statement: quadratic. The
  // caller's transaction already makes the seed atomic, so slices then just run in it.
  const writeSlice = ctx.db.inTransaction ? writeAndReport : ctx.db.transaction(writeAndReport);
  ctx.report({ phase, done: 0, total });
  for (let from = 0; from < total; from += rowsPerTransaction) {
    writeSlice(from, Math.min(total, from + rowsPerTransaction));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
