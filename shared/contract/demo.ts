import { z } from 'zod';
import { channel } from './channel';

export const demoChannels = {
  /** Fills an empty store with the deterministic demo dataset; progress arrives as `task.progress` events with task 'demo'. */
  'demo.loadData': channel({
    input: z.strictObject({}),
    output: z.object({
      stores: z.number().int(),
      products: z.number().int(),
      customers: z.number().int(),
      orders: z.number().int(),
    }),
    access: 'admin',
    writes: true,
  }),
};
