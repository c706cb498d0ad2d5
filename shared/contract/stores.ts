import { z } from 'zod';
import { isTimeZone } from '../local-day';
import { channel } from './channel';
import { empty, id } from './common';

/** An IANA time zone name the runtime knows ('Europe/London', 'UTC'): a store's days are days of it. */
export const timeZoneName = z.string().trim().min(1).max(64).refine(isTimeZone, 'Choose a time zone from the list');

export const storeSummary = z.object({ id, code: z.string(), name: z.string(), timeZone: z.string() });
export type StoreSummary = z.infer<typeof storeSummary>;

export const storesChannels = {
  /** Every store of the chain, for pickers (transfer destinations, per-store views). */
  'stores.list': channel({ input: empty, output: z.array(storeSummary), access: 'clerk', writes: false }),
  /** Moves a store to another time zone: its days (end of day, date filters, sales windows) follow. */
  'stores.setTimeZone': channel({
    input: z.strictObject({ storeId: id, timeZone: timeZoneName }),
    output: storeSummary,
    access: 'admin',
    writes: true,
  }),
};
