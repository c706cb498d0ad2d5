import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * One definition per operation: its name (`domain.verbNoun`), the input and output schemas, the
 * minimum role, and whether it writes (writes run in one transaction and are audited).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  readonly writes: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
