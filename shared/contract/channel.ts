import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * One definition per operation: its name (`domain.verbNoun`), the input and output schemas, the
 * minimum role, whether it writes (writes run in one transaction and are audited), and where it
 * runs.
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  readonly writes: boolean;
  /**
   * `reader`: a read that can take long (reports, analytics) runs on a read-only connection in a
   * worker thread, so it never holds up the calls queued on the main connection. Default `main`.
   */
  readonly runsOn?: 'main' | 'reader';
  /** A read that leaves a trace all the same (ad-hoc SQL): audited with its input once answered. */
  readonly audited?: boolean;
  /**
   * The handler checks the store the input names or the record belongs to (assertStoreScope):
   * staff act only in the stores they work in. A hint for the permission matrix; the check is the handler's.
   */
  readonly storeScoped?: true;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}
