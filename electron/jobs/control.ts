import type { JobKind, JobSummary } from '../../shared/contract/jobs';
import type { Actor } from '../host/sessions';

/** What handlers may do with jobs (the runner on the main side implements it). */
export interface JobControl {
  /** Records and starts a job; answers its id at once. The job runs once the current call has committed. */
  start(kind: JobKind, input: unknown, actor: Actor): number;
  /** Jobs the viewer may see: an admin every job, anyone else those of their own store's staff. */
  list(limit: number, viewer: Actor): JobSummary[];
  get(id: number, viewer: Actor): JobSummary;
  /** Asks a running job to stop; only its starter or an admin may. */
  cancel(id: number, actor: Actor): JobSummary;
}
