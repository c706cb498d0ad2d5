import { z } from 'zod';
import { channel } from './channel';
import { id } from './common';

/** What a finished demo load reports in its job's result. */
export const demoSummary = z.object({
  stores: z.number().int(),
  products: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
});
export type DemoSummary = z.infer<typeof demoSummary>;

export const demoChannels = {
  /**
   * Starts filling an empty store with the deterministic demo dataset, as a job: progress arrives
   * as `job.progress` events, the end as `job.finished` (its result counts what was loaded), and
   * `jobs.cancel` stops it leaving the store as it was.
   */
  'demo.loadData': channel({
    input: z.strictObject({}),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
};
