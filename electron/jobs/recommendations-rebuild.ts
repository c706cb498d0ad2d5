import type Database from 'better-sqlite3';
import { computeInteractionPairs, swapInteractionPairs } from '../services/recommendations/interaction-rebuild';
import { computeRecommendations, summarise, swapRecommendations } from '../services/recommendations/rebuild';
import {
  dropStagedLeftovers,
  RebuildRunning,
  stagePairs,
  takeWriteLock,
} from '../services/recommendations/staged-pairs';
import { openReadOnlyDatabase } from '../workers/read-only-database';
import type { JobDefinition } from './kinds';

/**
 * Recomputes recommendations' item tables from every sale (JOB_ACCESS 'own'): the sales are read
 * on a read-only connection of the job's thread and counted in memory while the till goes on
 * selling; the computed pairs go into a staging table in slices of about 50 ms; the write lock is
 * held once more, for the swap, which renames the staging table in, writes popularity and adds
 * the sales placed, paid, returned or cancelled since the snapshot, and the customers' sessions
 * of views, carts and ratings, computed from the same snapshot. A cancel before the swap
 * leaves the tables as they were; the swap is one transaction.
 */
export const recommendationsRebuildJob: JobDefinition = {
  async run(_input, ctx) {
    const reader = await openReadOnlyDatabase(ctx.sql.name);
    let computed;
    let sessions;
    try {
      computed = computeRecommendations(reader.sql, (progress) => ctx.progress(progress), ctx.signal);
      sessions = computeInteractionPairs(reader.sql, ctx.signal);
    } finally {
      await reader.dataSource.destroy();
    }
    try {
      await stagePairs(ctx.sql, computed, (progress) => ctx.progress(progress), ctx.signal);
      await takeWriteLock(ctx.sql, ctx.signal);
      let swapped;
      try {
        swapped = swapRecommendations(ctx.sql, computed, { staged: true });
        swapInteractionPairs(ctx.sql, sessions);
        ctx.sql.exec('COMMIT');
      } finally {
        if (ctx.sql.inTransaction) ctx.sql.exec('ROLLBACK');
      }
      dropLeftovers(ctx.sql, false);
      return { ...summarise(computed, swapped) };
    } catch (error) {
      // The staging table of a rebuild running beside this one is not this one's to drop.
      if (!(error instanceof RebuildRunning)) dropLeftovers(ctx.sql, true);
      throw error;
    }
  },
};

function dropLeftovers(sql: Database.Database, staging: boolean): void {
  try {
    dropStagedLeftovers(sql, { staging });
  } catch {
    // Another writer holds the lock: the next rebuild drops them before it stages.
  }
}
