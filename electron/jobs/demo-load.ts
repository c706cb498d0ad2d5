import { seedDatabase } from '../../database/seed';
import { hashPassword } from '../services/auth/password';
import type { JobDefinition } from './kinds';

/**
 * Fills an empty store with the demo dataset. The seed reports progress between its chunks;
 * that is also where a cancel is noticed, and the job's transaction takes every row back.
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
    return { ...summary };
  },
};
