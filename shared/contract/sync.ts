import { z } from 'zod';
import { channel } from './channel';
import { id, isoTimestamp } from './common';

/**
 * Head-office sync. Head office is a PostgreSQL database whose URL the machine holds (the
 * BACKROOM_HQ_URL variable); screens only ever see it without its password.
 */
export const syncStatus = z.object({
  configured: z.boolean(),
  /** Where head office is, password left out ("postgres://backroom@hq.example.com:5432/chain"). */
  target: z.string().nullable(),
  /** Changes waiting to leave. */
  pending: z.number().int().min(0),
  lastSuccessAt: isoTimestamp.nullable(),
  lastAttemptAt: isoTimestamp.nullable(),
  lastError: z.string().nullable(),
  /** Failed attempts since the last success. */
  failures: z.number().int().min(0),
  /** When the next automatic attempt is due after failures (exponential back-off); null when none failed. */
  retryAt: isoTimestamp.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const reconcileTally = z.object({ rows: z.number().int(), checksum: z.number().int() });

/** What a finished reconcile job reports in its result. */
export const reconcileSummary = z.object({
  pending: z.number().int(),
  matches: z.boolean(),
  tables: z.array(z.object({ entity: z.string(), store: reconcileTally, hq: reconcileTally })),
  days: z.array(z.object({ entity: z.string(), day: z.string(), store: reconcileTally, hq: reconcileTally })),
  differences: z.array(z.object({ entity: z.string(), uid: z.string(), kind: z.string() })),
});
export type ReconcileSummary = z.infer<typeof reconcileSummary>;

export const syncChannels = {
  'sync.status': channel({
    input: z.strictObject({}),
    output: syncStatus,
    access: 'admin',
    writes: false,
  }),
  /** Connects to head office and answers its version, or why it cannot. Changes nothing. */
  'sync.testConnection': channel({
    input: z.strictObject({}),
    output: z.object({ ok: z.boolean(), message: z.string() }),
    access: 'admin',
    writes: false,
  }),
  /** Starts a sync now, as a job (also the retry after a failure). */
  'sync.run': channel({
    input: z.strictObject({}),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
  /** Starts comparing this file with head office's copy, as a read job; its result is a reconcileSummary. */
  'sync.reconcile': channel({
    input: z.strictObject({}),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
};
