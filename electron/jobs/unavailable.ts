import { AppError } from '../../shared/errors';
import type { FileHolds, JobControl } from './control';

function refuse(): never {
  throw new AppError('INTERNAL', 'Jobs are started and followed from the main process only.');
}

/** For contexts without a job runner (reader threads, tools that build a bare dispatcher). */
export const jobsUnavailable: JobControl = {
  start: refuse,
  list: refuse,
  get: refuse,
  cancel: refuse,
  runningOf: refuse,
  runningInputs: refuse,
};

/** Without a job runner no job can hold the file: every write goes through at once. */
export const noFileHolds: FileHolds = { writeHold: () => null, writeWhenFree: (write) => write() };
