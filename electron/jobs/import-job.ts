import type { ImportResult } from '../../shared/contract/imports';
import type { ImportProfile } from '../../shared/import/profile';
import { importFromFiles, type ImportFiles } from '../import/import-files';
import type { ImportMode, WriterContext } from '../import/writer';
import type { JobDefinition } from './kinds';

/** Problems carried in the job's result; the rejects file has all of them. */
const RESULT_PROBLEMS = 100;

/** What imports.start hands the job: paths resolved on the main side (they never reach a screen). */
export interface ImportJobInput {
  files: ImportFiles;
  profile: ImportProfile;
  mode: ImportMode;
  naturalKey: string | null;
  atomic: boolean;
  dryRun: boolean;
  allowNew: WriterContext['allowNew'];
  storeId: number;
  staffId: number;
  /** When the import was asked for: timestamps of new records, and the limit for future dates. */
  now: string;
  rejects: { fileId: string; path: string };
}

/**
 * An import on a write job: every row in the job's one transaction, so a cancel or a failure
 * leaves nothing, and a dry run ends in a rollback.
 */
export const importJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as ImportJobInput;
    const summary = await importFromFiles(input.files, {
      sql: ctx.sql,
      profile: input.profile,
      storeId: input.storeId,
      staffId: input.staffId,
      now: input.now,
      mode: input.mode,
      naturalKey: input.naturalKey,
      atomic: input.atomic,
      dryRun: input.dryRun,
      allowNew: input.allowNew,
      rejectsPath: input.rejects.path,
      signal: ctx.signal,
      progress: ctx.progress,
    });
    if (input.dryRun) ctx.discardWrites();
    const result: ImportResult = {
      ...summary,
      problems: summary.problems.slice(0, RESULT_PROBLEMS),
      ...(summary.rejected > 0 ? { rejectsFileId: input.rejects.fileId } : {}),
    };
    return result;
  },
};
