import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How the bucket stands for one backup folder, kept in the folder beside the backups (as their
 * verify states are), so the schedule can tell what is left to send without asking the bucket.
 */
export interface OffsiteRecord {
  /** Local backups already dealt with: in the bucket, or left out of it by the retention rule. */
  settled: string[];
  /** Failed attempts in a row; the wait before the next one doubles with each (offsite-schedule.ts). */
  failures: number;
  lastAttemptAt: string | null;
  lastError: string | null;
  lastUploadedAt: string | null;
}

const EMPTY: OffsiteRecord = { settled: [], failures: 0, lastAttemptAt: null, lastError: null, lastUploadedAt: null };

function recordPath(folder: string): string {
  return join(folder, 'backroom-offsite.json');
}

export function readOffsiteRecord(folder: string): OffsiteRecord {
  try {
    return { ...EMPTY, ...(JSON.parse(readFileSync(recordPath(folder), 'utf8')) as Partial<OffsiteRecord>) };
  } catch {
    return EMPTY;
  }
}

export function writeOffsiteRecord(folder: string, record: OffsiteRecord): void {
  const path = recordPath(folder);
  writeFileSync(`${path}.partial`, JSON.stringify(record));
  renameSync(`${path}.partial`, path);
}

/** After a run that went through: every name it settled, and no failures. */
export function recordSent(folder: string, settled: string[], uploaded: number, at: string): void {
  const before = readOffsiteRecord(folder);
  writeOffsiteRecord(folder, {
    settled,
    failures: 0,
    lastAttemptAt: at,
    lastError: null,
    lastUploadedAt: uploaded > 0 ? at : before.lastUploadedAt,
  });
}

export function recordFailure(folder: string, error: string, at: string): void {
  const before = readOffsiteRecord(folder);
  writeOffsiteRecord(folder, { ...before, failures: before.failures + 1, lastAttemptAt: at, lastError: error });
}
