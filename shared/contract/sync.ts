import { z } from 'zod';
import { channel } from './channel';
import { id, isoTimestamp } from './common';

/**
 * Head-office sync. Head office is a PostgreSQL database whose URL the machine holds (the
 * BACKROOM_HQ_URL variable, or the address an admin saved, encrypted, in the desktop app);
 * screens only ever see it without its password.
 */

/** The variable that names head office for the app, browser mode and the command line. */
export const HQ_URL_VARIABLE = 'BACKROOM_HQ_URL';

/** Automatic syncs: every N minutes, N within these bounds, or off. */
export const SYNC_INTERVAL_MINUTES = { min: 1, max: 1440 } as const;

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Head office's address as typed; the message never repeats the value (it may hold a password). */
export const hqUrlInput = z.string().trim().min(1).max(2000).refine(isPostgresUrl, {
  message: 'Give a PostgreSQL address: postgres://user:password@host:5432/database.',
});

export const syncIntervalMinutes = z
  .number()
  .int()
  .min(SYNC_INTERVAL_MINUTES.min)
  .max(SYNC_INTERVAL_MINUTES.max)
  .nullable();

/**
 * Where head office's address comes from: the environment variable (read-only here), the
 * address an admin saved (encrypted), or nowhere yet.
 */
export const hqUrlSource = z.enum(['environment', 'stored', 'none']);

/** Head office's address taken apart, password left out. */
export const hqConnectionView = z.object({
  source: hqUrlSource,
  /** "postgres://backroom@hq.example.com:5432/chain": no password, no query. */
  target: z.string().nullable(),
  user: z.string().nullable(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  database: z.string().nullable(),
  /** Whether an admin may save or forget an address here (not when the environment sets it, nor without safe storage). */
  editable: z.boolean(),
  /** Why the address is read-only, or what is wrong with the saved one; null when nothing to say. */
  note: z.string().nullable(),
});
export type HqConnectionView = z.infer<typeof hqConnectionView>;

export const syncSettingsView = z.object({
  connection: hqConnectionView,
  /** Off: nothing leaves for head office, neither on schedule nor by hand. */
  enabled: z.boolean(),
  /** Minutes between automatic syncs; null: only when an admin asks. */
  intervalMinutes: z.number().int().nullable(),
});
export type SyncSettingsView = z.infer<typeof syncSettingsView>;

/**
 * Why saving an address was refused (a CONFLICT's details): the environment variable sets it, or
 * this machine has no safe storage for it (browser mode), so the variable is the way.
 */
export const hqUrlRefusal = z.object({
  reason: z.enum(['set-by-environment', 'no-secret-storage']),
  variable: z.literal(HQ_URL_VARIABLE),
});
export type HqUrlRefusal = z.infer<typeof hqUrlRefusal>;

/** What a connection test found, for the screen to branch on; the message says it to a person. */
export const hqProblem = z.enum([
  'unreachable',
  'wrong-password',
  'not-postgres',
  'no-database',
  'schema-ahead',
  'other',
]);
export type HqProblem = z.infer<typeof hqProblem>;
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
  /**
   * Connects to head office (the address given, else the one configured) and answers its version
   * and whether its schema suits this Backroom, or why it cannot. Changes nothing on either side.
   */
  'sync.testConnection': channel({
    input: z.strictObject({ url: hqUrlInput.optional() }),
    output: z.object({ ok: z.boolean(), problem: hqProblem.nullable(), message: z.string() }),
    access: 'admin',
    writes: false,
  }),
  'sync.getSettings': channel({
    input: z.strictObject({}),
    output: syncSettingsView,
    access: 'admin',
    writes: false,
  }),
  /** Turns sync on or off and sets the automatic interval; the schedule follows at its next look. */
  'sync.setSettings': channel({
    input: z.strictObject({ enabled: z.boolean(), intervalMinutes: syncIntervalMinutes }),
    output: syncSettingsView,
    access: 'admin',
    writes: true,
  }),
  /**
   * Saves head office's address, encrypted (desktop app only), or forgets it (null). Refused with
   * CONFLICT and an hqUrlRefusal when the environment sets it or nothing can encrypt it.
   */
  'sync.setConnection': channel({
    input: z.strictObject({ url: hqUrlInput.nullable() }),
    output: syncSettingsView,
    access: 'admin',
    writes: true,
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
