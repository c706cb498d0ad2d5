import { z } from 'zod';
import { channel } from './channel';
import { id, isoTimestamp } from './common';

/** Kinds of long work the job runner knows; each is registered on the main side. */
export const JOB_KINDS = [
  'backup.create',
  'backup.verify',
  'backup.upload',
  'backup.verifyOffsite',
  'demo.load',
  'export',
  'import',
  'recommendations.rebuild',
  'sync',
  'sync.reconcile',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * `write`: the job's writes run in one IMMEDIATE transaction, which holds the write lock until it
 * commits, so write jobs take turns. `read`: the job only reads, in one deferred transaction on a
 * query-only connection; it sees one snapshot of the file and never holds up the writes of others.
 * `own`: the job opens its own short transactions (a sync talks to head office for minutes and
 * must not hold the write lock meanwhile; it writes only small acknowledgements).
 */
export const JOB_ACCESS: Record<JobKind, 'read' | 'write' | 'own'> = {
  'backup.create': 'read',
  'backup.verify': 'read',
  // Minutes of network with no need of a snapshot: a read transaction held that long would stall checkpoints.
  'backup.upload': 'own',
  'backup.verifyOffsite': 'own',
  'demo.load': 'write',
  export: 'read',
  import: 'write',
  sync: 'own',
  'sync.reconcile': 'read',
  'recommendations.rebuild': 'own',
};

/**
 * Kinds of which only one may run at a time, whoever starts it: a second recommendations rebuild
 * would stage its pairs into the table the first is filling.
 */
export const JOB_ALONE: ReadonlySet<JobKind> = new Set(['recommendations.rebuild']);

export const JOB_STATUSES = ['running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** How far a job is: `done` of `total` in its current phase, the phase's rate and what is left of it. */
export const jobProgress = z.object({
  phase: z.string(),
  /** How far through the phase, counted in `unit`: a file read as it streams is measured in bytes. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  unit: z.enum(['rows', 'bytes']),
  /** Handled per second in the current phase, counted in `rateUnit`; 0 until it can be measured. */
  ratePerSecond: z.number().min(0),
  /** Rows when the job says how many it has handled (an import streaming its file), else `unit`. */
  rateUnit: z.enum(['rows', 'bytes']),
  /** Seconds left in the current phase at that rate; null while unknown. */
  etaSeconds: z.number().min(0).nullable(),
});
export type JobProgress = z.infer<typeof jobProgress>;

export const jobSummary = z.object({
  id,
  kind: z.enum(JOB_KINDS),
  status: z.enum(JOB_STATUSES),
  startedBy: id,
  startedByName: z.string(),
  startedAt: isoTimestamp,
  finishedAt: isoTimestamp.nullable(),
  progress: jobProgress.nullable(),
  /** What a finished job produced (counts, file names), as its kind reports it. */
  result: z.record(z.string(), z.unknown()).nullable(),
  /** Why it failed, in words for a person. */
  error: z.string().nullable(),
});
export type JobSummary = z.infer<typeof jobSummary>;

export const jobsChannels = {
  /** Running jobs first, then the most recent finished ones. */
  'jobs.list': channel({
    input: z.strictObject({ limit: z.number().int().min(1).max(100).default(30) }),
    output: z.object({ items: z.array(jobSummary) }),
    access: 'manager',
    writes: false,
  }),
  /** A clerk sees only the jobs they started (their exports). */
  'jobs.get': channel({
    input: z.strictObject({ id }),
    output: jobSummary,
    access: 'clerk',
    writes: false,
  }),
  /**
   * Asks a running job to stop; it rolls back everything it wrote. Only whoever started it, or an
   * admin. The job's record shows `cancelled` once it has stopped (a `job.finished` event says so),
   * and the audit trail who cancelled it. It takes no write lock here: the job holds it until it stops.
   */
  'jobs.cancel': channel({
    input: z.strictObject({ id }),
    output: jobSummary,
    access: 'clerk',
    writes: false,
  }),
};
