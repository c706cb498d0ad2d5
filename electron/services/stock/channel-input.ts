import type { z } from 'zod';
import type { ChannelName, Contract } from '../../../shared/contract';

/** A channel's input as the handler receives it: parsed, defaults filled in. */
export type ParsedInput<N extends ChannelName> = z.output<Contract[N]['input']>;

/** Who is acting, and in which store: stock work always happens somewhere, by someone. */
export interface StaffAtStore {
  staffId: number;
  storeId: number;
}
