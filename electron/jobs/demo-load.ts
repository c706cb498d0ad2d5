import { seedDatabase } from '../../database/seed';
import { hashPassword } from '../services/auth/password';
import { rebuildRecommendations } from '../services/recommendations/rebuild';
import type { JobDefinition } from './kinds';

/**
 * Fills an empty store with the demo dataset. The seed reports progress between its chunks;
 * that is also where a cancel is noticed, and the job's transaction takes every row back.
 * The seed writes its sales and browsing straight into their tables, not through the calls that
 * keep recommendations current, so the recommendation tables are counted from them at the end,
 * in the same transaction: the demo's suggestions are there as soon as its sales are.
 */
export const demoLoadJob: JobDefinition = {
  async run(input, ctx) {
    const { endAt } = input as { endAt: string };
    const summary = await seedDatabase(ctx.dataSource, {
      scale: 'demo',
      endAt: new Date(endAt),
      hashPassword,
      onProgress: (progress) => {
        ctx.signal.throwIfAborted();
        ctx.progress(progress);
      },
    });
    rebuildRecommendations(ctx.sql, () => ctx.signal.throwIfAborted(), ctx.signal);
    return { ...summary };
  },
};
