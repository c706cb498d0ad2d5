import { z } from 'zod';
import { isTimeZone } from '../local-day';
import { channel } from './channel';
import { id } from './common';

/** An IANA time zone name the runtime knows ('Europe/London', 'UTC'): a store's days are days of it. */
export const timeZoneName = z.string().trim().min(1).max(64).refine(isTimeZone, 'Choose a time zone from the list');

export const storeSummary = z.object({ id, code: z.string(), name: z.string(), timeZone: z.string() });
export type StoreSummary = z.infer<typeof storeSummary>;

export const storesChannels = {
  /**
   * The stores the caller works in (an admin: every store), for per-store views; with `scope:
   * 'chain'`, every store of the chain, for choosing where to send a transfer.
   */
  'stores.list': channel({
    input: z.strictObject({ scope: z.enum(['mine', 'chain']).optional() }),
    output: z.array(storeSummary),
    access: 'clerk',
    writes: false,
  }),
  /** Moves a store to another time zone: its days (end of day, date filters, sales windows) follow. */
  'stores.setTimeZone': channel({
    input: z.strictObject({ storeId: id, timeZone: timeZoneName }),
    output: storeSummary,
    access: 'admin',
    writes: true,
  }),
};
