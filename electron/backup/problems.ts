import { AppError } from '../../shared/errors';

/** Why a backup was refused; screens and the CLI branch on it (the code alone says only VALIDATION). */
export type BackupProblem =
  'notABackup' | 'passphraseRequired' | 'wrongPassphrase' | 'damaged' | 'checkFailed' | 'diskFull' | 'writeFailed';

export function backupRefused(problem: BackupProblem, message: string): AppError {
  return new AppError(problem === 'diskFull' || problem === 'writeFailed' ? 'CONFLICT' : 'VALIDATION', message, {
    problem,
  });
}

export function problemOf(error: unknown): BackupProblem | null {
  if (!(error instanceof AppError)) return null;
  const details = error.details as { problem?: BackupProblem } | undefined;
  return details?.problem ?? null;
}

/** A failed write, in words for a person: a full disk says so rather than showing errno. */
export function writeFailure(error: unknown, where: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return backupRefused('diskFull', `The disk holding ${where} is full; no backup was written.`);
  const reason = error instanceof Error ? error.message : String(error);
  return backupRefused('writeFailed', `Could not write ${where}: ${reason}`);
}
