import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { JobKind } from '../../shared/contract/jobs';
import { backupCreateJob, backupVerifyJob } from '../backup/backup-jobs';
import { backupUploadJob, backupVerifyOffsiteJob } from '../backup/offsite/offsite-jobs';
import { demoLoadJob } from './demo-load';
import { exportJob } from './export-job';
import { importJob } from './import-job';
import type { ProgressReport } from './progress';
import { reconcileJob, syncJob } from './sync-job';
import { recommendationsRebuildJob } from './recommendations-rebuild';

/** What a job's code is given, on its own thread, inside the job's one transaction (read-only for a read job). */
export interface JobContext {
  dataSource: DataSource;
  sql: Database.Database;
  /** Aborted when someone cancels; check it between chunks (throwIfAborted) and let the throw roll back. */
  signal: AbortSignal;
  progress(progress: ProgressReport): void;
  /** Ends the job's transaction with a rollback instead of a commit (a dry run): the job still succeeds. */
  discardWrites(): void;
}

/** How a kind's transaction is opened is its JOB_ACCESS (shared/contract/jobs.ts). */
export interface JobDefinition {
  /** Does the work and answers a short summary for the job's record. */
  run(input: unknown, ctx: JobContext): Promise<Record<string, unknown>>;
}

/** Every kind of job, by name. A job thread looks its kind up here. */
export const jobKinds: Record<JobKind, JobDefinition> = {
  'backup.create': backupCreateJob,
  'backup.verify': backupVerifyJob,
  'backup.upload': backupUploadJob,
  'backup.verifyOffsite': backupVerifyOffsiteJob,
  'demo.load': demoLoadJob,
  export: exportJob,
  import: importJob,
  sync: syncJob,
  'sync.reconcile': reconcileJob,
  'recommendations.rebuild': recommendationsRebuildJob,
};
