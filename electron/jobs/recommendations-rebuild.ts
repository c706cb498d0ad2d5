import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { computeRecommendations, summarise, swapRecommendations } from '../services/recommendations/rebuild';
import { openReadOnlyDatabase } from '../workers/read-only-database';
import type { JobDefinition } from './kinds';

/**
 * Recomputes recommendations' item tables from every sale (JOB_ACCESS 'own'): the sales are read
 * on a read-only connection of the job's thread and counted in memory while the till goes on
 * selling; the write lock is taken only for the swap, which writes the computed rows and then
 * adds the sales placed, paid, returned or cancelled since the snapshot. A cancel before the swap
 * leaves the tables as they were; the swap is one transaction.
 */
export const recommendationsRebuildJob: JobDefinition = {
  async run(_input, ctx) {
    const reader = await openReadOnlyDatabase(ctx.sql.name);
    let computed;
    try {
      computed = computeRecommendations(reader.sql, (progress) => ctx.progress(progress), ctx.signal);
    } finally {
      await reader.dataSource.destroy();
    }
    ctx.progress({ phase: 'Saving', done: 0, total: computed.pairs.count });
    await beginImmediate(ctx.sql, ctx.signal);
    try {
      const swapped = swapRecommendations(ctx.sql, computed);
      ctx.sql.exec('COMMIT');
      ctx.progress({ phase: 'Saving', done: computed.pairs.count, total: computed.pairs.count });
      return { ...summarise(computed, swapped) };
    } finally {
      if (ctx.sql.inTransaction) ctx.sql.exec('ROLLBACK');
    }
  },
};

/**
 * Takes the write lock, waiting for as long as another writer holds it (an import may for
 * minutes) rather than failing after the connection's busy timeout, until cancelled.
 */
async function beginImmediate(sql: Database.Database, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    try {
      sql.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
    await sleep(100);
  }
}
