import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { JobKind } from '../../shared/contract/jobs';
import { demoLoadJob } from './demo-load';

/** What a job's code is given, on its own thread, inside the job's one transaction. */
export interface JobContext {
  dataSource: DataSource;
  sql: Database.Database;
  /** Aborted when someone cancels; check it between chunks (throwIfAborted) and let the throw roll back. */
  signal: AbortSignal;
  progress(progress: { phase: string; done: number; total: number }): void;
}

export interface JobDefinition {
  /** Does the work and answers a short summary for the job's record. */
  run(input: unknown, ctx: JobContext): Promise<Record<string, unknown>>;
}

/** Every kind of job, by name. A job thread looks its kind up here. */
export const jobKinds: Record<JobKind, JobDefinition> = {
  'demo.load': demoLoadJob,
};
