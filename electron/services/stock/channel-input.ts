import type { z } from 'zod';
import type { ChannelName, Contract } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';

/** A channel's input as the handler receives it: parsed, defaults filled in. */
export type ParsedInput<N extends ChannelName> = z.output<Contract[N]['input']>;

/**
 * Who is acting, with what role, and in which store: stock work always happens somewhere, by
 * someone, and the role decides whether it may happen in another store or needs an approval.
 */
export interface StaffAtStore {
  staffId: number;
  role: Role;
  storeId: number;
}
