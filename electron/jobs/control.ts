import type { JobKind, JobStatus, JobSummary } from '../../shared/contract/jobs';
import type { Actor } from '../host/sessions';

export type JobEndStatus = Exclude<JobStatus, 'running'>;

/** What handlers may do with jobs (the runner on the main side implements it). */
export interface JobControl {
  /**
   * Records and starts a job; answers its id at once. The job runs once the current call has
   * committed. `ended` is called on the main side once the job has ended and been recorded, however
   * it ended (also when its thread had to be stopped), to clean up what the call prepared for it.
   */
  start(kind: JobKind, input: unknown, actor: Actor, ended?: (status: JobEndStatus) => void): number;
  /** Jobs the viewer may see: an admin every job, a manager those of their own store's staff, a clerk their own. */
  list(limit: number, viewer: Actor): JobSummary[];
  get(id: number, viewer: Actor): JobSummary;
  /** Asks a running job to stop; only its starter or an admin may. */
  cancel(id: number, actor: Actor): JobSummary;
  /** The job of this kind the person has running (one at most: `start` refuses a second), or null. */
  runningOf(kind: JobKind, actor: Actor): number | null;
  /** The jobs of this kind running now, whoever started them (the schedule too), with what each was started on. */
  runningInputs(kind: JobKind): { id: number; input: unknown }[];
}

/** The write job holding the file's write lock: what it is, and how long it expects to take still. */
export interface WriteHold {
  kind: JobKind;
  /** Seconds left, when its progress covers the whole job and knows a rate; else null. */
  etaSeconds: number | null;
}

/**
 * What the dispatcher asks of the job runner so the main thread never waits on SQLite's busy
 * timeout behind a write job: who holds the file now, and a way to write once it is free.
 */
export interface FileHolds {
  /** The write job holding the write lock now, or null when writes go through at once. */
  writeHold(): WriteHold | null;
  /**
   * Runs the write now when no write job holds the file; else keeps it in memory and runs it in
   * one transaction, in the queue, once the job has let go (what a login writes during an import).
   */
  writeWhenFree(write: () => void): void;
}
