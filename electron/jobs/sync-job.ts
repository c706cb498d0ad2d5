import type { ReconcileSummary } from '../../shared/contract/sync';
import { connectHq } from '../sync/hq-connection';
import { reconcile } from '../sync/reconcile';
import { runSync } from '../sync/run-sync';
import type { JobDefinition } from './kinds';

/** Head office's URL travels to the job thread in its input, which the jobs table never stores. */
export interface SyncJobInput {
  hqUrl: string;
}

/**
 * A sync on its own connection and its own short transactions (JOB_ACCESS 'own'): reading the
 * outbox and acknowledging a batch each take the write lock for a moment, never for the minutes
 * head office may take, so the tills go on selling meanwhile.
 */
export const syncJob: JobDefinition = {
  async run(rawInput, ctx) {
    const { hqUrl } = rawInput as SyncJobInput;
    const result = await runSync(ctx.sql, hqUrl, {
      signal: ctx.signal,
      onProgress: (progress) => ctx.progress({ phase: progress.phase, done: progress.done, total: progress.total }),
    });
    return { ...result };
  },
};

/** Compares the file with head office's copy on one read snapshot of it. */
export const reconcileJob: JobDefinition = {
  async run(rawInput, ctx) {
    const { hqUrl } = rawInput as SyncJobInput;
    const hq = await connectHq(hqUrl);
    try {
      const report: ReconcileSummary = await reconcile(ctx.sql, hq);
      return { ...report };
    } finally {
      await hq.end().catch(() => undefined);
    }
  },
};
