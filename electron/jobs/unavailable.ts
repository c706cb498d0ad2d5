import { AppError } from '../../shared/errors';
import type { JobControl } from './control';

function refuse(): never {
  throw new AppError('INTERNAL', 'Jobs are started and followed from the main process only.');
}

/** For contexts without a job runner (reader threads, tools that build a bare dispatcher). */
export const jobsUnavailable: JobControl = { start: refuse, list: refuse, get: refuse, cancel: refuse };
