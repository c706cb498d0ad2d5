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
}
