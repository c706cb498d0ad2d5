import { rebuildRecommendations } from '../services/recommendations/rebuild';
import type { JobDefinition } from './kinds';

/** Recomputes recommendations' item tables from every sale, on the job's own connection and transaction. */
export const recommendationsRebuildJob: JobDefinition = {
  run(_input, ctx) {
    const summary = rebuildRecommendations(ctx.sql, (progress) => ctx.progress(progress), ctx.signal);
    return Promise.resolve({ ...summary });
  },
};
