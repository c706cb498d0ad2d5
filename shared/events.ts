import { z } from 'zod';

/** Push events from the main side to every open screen, on one channel. */
export const events = {
  /** Long work (demo data, imports) reports how far it is. */
  'task.progress': z.object({ task: z.string(), phase: z.string(), done: z.number(), total: z.number() }),
  /** The caller's session ended (idle timeout or logout elsewhere). */
  'session.expired': z.object({}),
};

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;
export interface PushEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayload<N>;
}
