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
 * Calls `write(from, to)` for consecutive slices of [0, total), each slice in its own transaction
 * (one commit per slice instead of one per row), and yields to the event loop between slices so
 * progress events reach a window or terminal while a long seed runs.
 */
export async function writeInChunks(
  ctx: SeedContext,
  phase: string,
  total: number,
  chunkSize: number,
  write: (from: number, to: number) => void,
): Promise<void> {
  const writeSlice = ctx.db.transaction(write);
  ctx.report({ phase, done: 0, total });
  for (let from = 0; from < total; from += chunkSize) {
    const to = Math.min(total, from + chunkSize);
    writeSlice(from, to);
    ctx.report({ phase, done: to, total });
    await new Promise((resolve) => setImmediate(resolve));
  }
}
