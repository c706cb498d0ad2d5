import { z } from 'zod';
import { channel } from './channel';
import { empty, id } from './common';

export const storeSummary = z.object({ id, code: z.string(), name: z.string() });
export type StoreSummary = z.infer<typeof storeSummary>;

export const storesChannels = {
  /** Every store of the chain, for pickers (transfer destinations, per-store views). */
  'stores.list': channel({ input: empty, output: z.array(storeSummary), access: 'clerk', writes: false }),
};
