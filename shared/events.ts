import { z } from 'zod';
import { JOB_KINDS, jobProgress } from './contract/jobs';
import { message } from './contract/messages';

/** Push events from the main side to every open screen, on one channel. */
export const events = {
  /** Long work (demo data, imports) reports how far it is. */
  'task.progress': z.object({ task: z.string(), phase: z.string(), done: z.number(), total: z.number() }),
  /** A running job's progress, to whoever started it and to admins (at most a few a second). */
  'job.progress': jobProgress.extend({ jobId: z.number().int(), kind: z.enum(JOB_KINDS) }),
  /** A job ended: committed whole (`succeeded`), or rolled back (`failed`, `cancelled`). */
  'job.finished': z.object({
    jobId: z.number().int(),
    kind: z.enum(JOB_KINDS),
    status: z.enum(['succeeded', 'failed', 'cancelled']),
    result: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable(),
  }),
  /** A message was posted, to every member of its conversation at once (no polling). */
  'message.posted': z.object({ conversationId: z.number().int(), message }),
  /** A message was edited, deleted, pinned or unpinned, to every member of its conversation. */
  'message.changed': z.object({ conversationId: z.number().int(), message }),
  /**
   * Someone read a conversation up to a message, to each of their own open sessions: a badge in
   * another window or on another till would otherwise keep counting what they have read.
   */
  'conversation.read': z.object({ conversationId: z.number().int(), upTo: z.number().int() }),
  /** A restore from inside the app is under way (the admin who asked follows it): phase and bytes. */
  'backup.restoring': z.object({ phase: z.string(), done: z.number(), total: z.number() }),
  /**
   * A restore ended, to every session: on success every screen reloads (the database changed under
   * it); on failure the database is as it was and `message` says why.
   */
  'backup.restored': z.object({
    ok: z.boolean(),
    name: z.string(),
    /** The backup of the database as it was just before, in the backup folder. */
    safetyName: z.string().nullable(),
    message: z.string().nullable(),
  }),
  /** The caller's session ended (idle timeout or logout elsewhere). */
  'session.expired': z.object({}),
};

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;
export interface PushEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayload<N>;
}
