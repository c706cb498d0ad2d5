import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { JOB_ACCESS, JOB_ALONE, type JobKind, type JobStatus, type JobSummary } from '../../shared/contract/jobs';
import { AppError } from '../../shared/errors';
import type { EventPayload } from '../../shared/events';
import type { Clock } from '../host/clock';
import { writeAudit } from '../host/audit';
import type { EventBus } from '../host/events';
import type { SerialQueue } from '../host/serial';
import { savingInProgress } from '../host/database-errors';
import type { Actor } from '../host/sessions';
import type { JobCommand, JobReport } from '../workers/job';
import { startWorker } from '../workers/locate';
import { fromThreadError } from '../workers/protocol';
import type { FileHolds, JobControl, JobEndStatus, WriteHold } from './control';
import { ProgressMeter } from './progress';
import { failInterruptedJobs, finishJob, insertJob, jobExists, readJob, recentJobs, type JobEnding } from './records';

export interface JobRunnerDeps {
  databasePath: string;
  /** The main connection; the runner uses it only inside the dispatcher's queue. */
  sql: Database.Database;
  queue: SerialQueue;
  events: EventBus;
  clock: Clock;
  /** How long a cancelled job may take to notice before its thread is ended (which also rolls it back). */
  cancelGraceMs?: number;
}

interface RunningJob {
  id: number;
  kind: JobKind;
  startedBy: number;
  /** Admins hear of every job (see `tell`): one who started it needs no second word of it. */
  startedByAdmin: boolean;
  /** What it was started with: what a screen names as the job's subject (the backup a check reads). */
  input: unknown;
  meter: ProgressMeter;
  thread: Worker | null;
  /**
   * A write job: its thread takes the write lock first thing and keeps it until the job ends. It
   * counts as holding the file from its start, so no write can slip in between and then wait
   * behind the thread's lock in SQLite's busy timeout.
   */
  holdsFile: boolean;
  cancelled: boolean;
  /** Who asked it to stop: audited with the job's end, when the job has let go of the write lock. */
  cancelledBy: Actor | null;
  graceTimer: NodeJS.Timeout | null;
  ended: Promise<void>;
  end(ending: Pick<JobEnding, 'status' | 'result' | 'error'>): void;
}

/**
 * Kinds whose progress has one phase from start to end, so its time left is the whole job's (an
 * import streams its file once); the demo data's time left covers only its current phase.
 */
const WHOLE_JOB_PROGRESS: ReadonlySet<JobKind> = new Set(['import']);

/**
 * Runs long work on job threads: each job on its own connection, its writes in one transaction
 * that commits whole or not at all. The runner records jobs in the `jobs` table, relays progress
 * as `job.progress` events to whoever started the job and to admins, and ends with `job.finished`.
 */
export class JobRunner implements JobControl, FileHolds {
  private readonly running = new Map<number, RunningJob>();
  /** Writes asked for while a write job held the file, oldest first: written once it lets go. */
  private readonly waitingWrites: (() => void)[] = [];
  private readonly cancelGraceMs: number;

  constructor(private readonly deps: JobRunnerDeps) {
    this.cancelGraceMs = deps.cancelGraceMs ?? 10_000;
  }

  /** At startup: jobs a crash left `running` are marked failed. */
  failInterrupted(): number {
    return failInterruptedJobs(this.deps.sql, this.deps.clock.now().toISOString());
  }

  start(kind: JobKind, input: unknown, actor: Actor, ended?: (status: JobEndStatus) => void): number {
    // Recording the job is a write: behind a write job it would wait in SQLite's busy timeout on
    // this thread. Callers outside the dispatcher (the backup and sync schedules) try again later.
    const hold = this.writeHold();
    if (hold) throw savingInProgress(hold);
    this.refuseOverlap(kind, actor);
    const id = insertJob(this.deps.sql, kind, actor.staffId, this.deps.clock.now().toISOString());
    const job = this.track(id, kind, actor, input, ended);
    // Queued behind the current call, so the thread starts after the call (and this row) committed,
    // and never finds the write lock held by the call that started it.
    void this.deps.queue.run(async () => {
      if (job.cancelled) job.end({ status: 'cancelled', result: null, error: null });
      // The call that started it rolled back: there is nothing to run, and no record to keep.
      else if (!jobExists(this.deps.sql, id)) job.end({ status: 'failed', result: null, error: null });
      else this.launch(job, input);
    });
    return id;
  }

  /**
   * Write jobs take turns: each holds the write lock until it commits, so a second would only wait
   * behind the first. Read jobs run beside anything, one per person at a time; some kinds, one at all.
   */
  private refuseOverlap(kind: JobKind, actor: Actor): void {
    const jobs = [...this.running.values()];
    if (JOB_ACCESS[kind] === 'write') {
      const writer = jobs.find((job) => JOB_ACCESS[job.kind] === 'write');
      if (writer)
        throw new AppError(
          'CONFLICT',
          `${writer.kind === kind ? 'A job of this kind' : 'Another job that writes'} is already running; wait for it or cancel it.`,
        );
    } else if (JOB_ALONE.has(kind) && jobs.some((job) => job.kind === kind)) {
      throw new AppError('CONFLICT', 'A job of this kind is already running; wait for it to finish.');
    } else if (jobs.some((job) => job.kind === kind && job.startedBy === actor.staffId)) {
      throw new AppError('CONFLICT', 'You already have a job of this kind running; wait for it or cancel it.');
    }
  }

  list(limit: number, viewer: Actor): JobSummary[] {
    return recentJobs(this.deps.sql, limit, viewer).map((summary) => this.withLiveProgress(summary));
  }

  get(id: number, viewer: Actor): JobSummary {
    const summary = readJob(this.deps.sql, id, viewer);
    if (!summary) throw new AppError('NOT_FOUND', 'There is no such job.');
    return this.withLiveProgress(summary);
  }

  cancel(id: number, actor: Actor): JobSummary {
    const summary = this.get(id, actor);
    if (summary.startedBy !== actor.staffId && actor.role !== 'admin')
      throw new AppError('FORBIDDEN', 'Only whoever started this job, or an admin, can cancel it.');
    const job = this.running.get(id);
    if (!job) throw new AppError('CONFLICT', 'This job has already finished.');
    job.cancelledBy ??= actor;
    this.requestCancel(job);
    return summary;
  }

  runningOf(kind: JobKind, actor: Actor): number | null {
    return [...this.running.values()].find((job) => job.kind === kind && job.startedBy === actor.staffId)?.id ?? null;
  }

  runningInputs(kind: JobKind): { id: number; input: unknown }[] {
    return [...this.running.values()].filter((job) => job.kind === kind).map(({ id, input }) => ({ id, input }));
  }

  writeHold(): WriteHold | null {
    const holder = [...this.running.values()].find((job) => job.holdsFile);
    if (!holder) return null;
    const progress = holder.meter.current;
    return {
      kind: holder.kind,
      etaSeconds: WHOLE_JOB_PROGRESS.has(holder.kind) ? (progress?.etaSeconds ?? null) : null,
    };
  }

  writeWhenFree(write: () => void): void {
    if (this.writeHold()) this.waitingWrites.push(write);
    else write();
  }

  /** Resolves once the job has ended and its record says how (for tests and shutdown). */
  async whenEnded(id: number): Promise<void> {
    await this.running.get(id)?.ended;
  }

  /** Cancels every running job and waits until each has rolled back and been recorded. */
  async close(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) this.requestCancel(job);
    await Promise.all(jobs.map((job) => job.ended));
  }

  private track(
    id: number,
    kind: JobKind,
    startedBy: Actor,
    input: unknown,
    ended?: (status: JobEndStatus) => void,
  ): RunningJob {
    let resolveEnded!: () => void;
    const job: RunningJob = {
      id,
      kind,
      startedBy: startedBy.staffId,
      startedByAdmin: startedBy.role === 'admin',
      input,
      meter: new ProgressMeter(),
      thread: null,
      holdsFile: JOB_ACCESS[kind] === 'write',
      cancelled: false,
      cancelledBy: null,
      graceTimer: null,
      ended: new Promise((resolve) => (resolveEnded = resolve)),
      end: (ending) => {
        if (!this.running.delete(id)) return;
        if (job.graceTimer) clearTimeout(job.graceTimer);
        void job.thread?.terminate();
        void this.record(job, ending)
          .then(() => ended?.(ending.status))
          .catch((error: unknown) => console.error(`Could not clean up after job ${id}`, error))
          .then(resolveEnded);
      },
    };
    this.running.set(id, job);
    return job;
  }

  private launch(job: RunningJob, input: unknown): void {
    const thread = startWorker({ role: 'job', databasePath: this.deps.databasePath });
    job.thread = thread;
    thread.on('message', (report: JobReport) => this.reported(job, report));
    thread.on('error', (error) => {
      console.error(`Job ${job.id} (${job.kind}) failed`, error);
      job.end({ status: 'failed', result: null, error: 'The job stopped unexpectedly; nothing of it was saved.' });
    });
    // A thread that ends without a word was ended by a cancel (its transaction died with it) or crashed.
    thread.on('exit', () =>
      job.end(
        job.cancelled
          ? { status: 'cancelled', result: null, error: null }
          : { status: 'failed', result: null, error: 'The job stopped unexpectedly; nothing of it was saved.' },
      ),
    );
    thread.postMessage({ type: 'start', kind: job.kind, input } satisfies JobCommand);
  }

  private reported(job: RunningJob, report: JobReport): void {
    switch (report.type) {
      case 'progress':
        if (job.meter.update(report))
          this.tell(job, 'job.progress', { jobId: job.id, kind: job.kind, ...job.meter.current! });
        return;
      case 'succeeded':
        return job.end({ status: 'succeeded', result: report.result, error: null });
      case 'cancelled':
        return job.end({ status: 'cancelled', result: null, error: null });
      case 'failed': {
        const error = fromThreadError(report.error);
        if (!(error instanceof AppError)) console.error(`Job ${job.id} (${job.kind}) failed`, error);
        const message =
          error instanceof AppError ? error.message : 'Something went wrong in this job; nothing of it was saved.';
        return job.end({ status: 'failed', result: null, error: message });
      }
    }
  }

  private requestCancel(job: RunningJob): void {
    if (job.cancelled) return;
    job.cancelled = true;
    if (!job.thread) return; // not launched yet: the queued launch sees the flag
    job.thread.postMessage({ type: 'cancel' } satisfies JobCommand);
    job.graceTimer = setTimeout(() => void job.thread?.terminate(), this.cancelGraceMs);
  }

  /**
   * The ending goes through the queue: it must not land inside another call's transaction. It takes
   * the write lock first (BEGIN IMMEDIATE), as the audit chain's end must not move under it. While
   * a write job holds the file (a read job ending during an import), it waits with the other writes
   * for the file to be free, rather than block this thread in SQLite's busy timeout; the job counts
   * as ended (`job.finished`, `ended`) once its record is written.
   */
  private async record(job: RunningJob, ending: Pick<JobEnding, 'status' | 'result' | 'error'>): Promise<void> {
    const finishedAt = this.deps.clock.now().toISOString();
    const { sql } = this.deps;
    let written!: () => void;
    const recorded = new Promise<void>((resolve) => (written = resolve));
    const recordEnd = () => {
      try {
        sql
          .transaction(() => {
            finishJob(sql, job.id, { ...ending, finishedAt, progress: job.meter.current });
            if (job.cancelledBy)
              writeAudit(sql, {
                occurredAt: this.deps.clock.now(),
                staffId: job.cancelledBy.staffId,
                action: 'jobs.cancel',
                entity: 'job',
                entityId: job.id,
                result: 'ok',
                errorCode: null,
                details: { kind: job.kind, ended: ending.status },
                origin: `job:${job.id}`,
              });
          })
          .immediate();
      } catch (error) {
        console.error(`Could not record the end of job ${job.id}`, error);
      } finally {
        written();
      }
    };
    // Decided inside the queue's turn, so no write job can take the file between the look and the write.
    await this.deps.queue.run(async () => this.writeWhenFree(recordEnd));
    await recorded;
    await this.writeWaiting();
    this.tell(job, 'job.finished', {
      jobId: job.id,
      kind: job.kind,
      status: ending.status as Exclude<JobStatus, 'running'>,
      result: ending.result,
      error: ending.error,
    });
  }

  /**
   * A job's progress and end go to whoever started it and to every admin, who may see every job
   * and follows the schedule's backups and checks, or another admin's, from any window.
   */
  private tell<N extends 'job.progress' | 'job.finished'>(job: RunningJob, name: N, payload: EventPayload<N>): void {
    this.deps.events.emit(name, payload, { minRole: 'admin' });
    if (!job.startedByAdmin) this.deps.events.emit(name, payload, { staffId: job.startedBy });
  }

  /**
   * The writes kept while a write job held the file, in one turn of the queue and one transaction,
   * unless another write job has taken the file meanwhile (its end writes them). One that fails is
   * logged and the others still land: a login's audit row must not be lost to another's failure.
   */
  private async writeWaiting(): Promise<void> {
    const { sql, queue } = this.deps;
    await queue
      .run(async () => {
        if (this.writeHold() || this.waitingWrites.length === 0) return;
        const writes = this.waitingWrites.splice(0);
        sql
          .transaction(() => {
            for (const write of writes) {
              try {
                write();
              } catch (error) {
                console.error('Could not write what waited for a job to end', error);
              }
            }
          })
          .immediate();
      })
      .catch((error: unknown) => console.error('Could not write what waited for a job to end', error));
  }

  private withLiveProgress(summary: JobSummary): JobSummary {
    const job = this.running.get(summary.id);
    return job ? { ...summary, progress: job.meter.current } : summary;
  }
}
