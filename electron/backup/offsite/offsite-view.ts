import type Database from 'better-sqlite3';
import type { OffsiteView } from '../../../shared/contract/backups-offsite';
import { readBackupSettings } from '../settings';
import { resolveOffsite, type ResolvedOffsite } from './offsite-config';
import { readOffsiteRecord } from './offsite-record';
import { nextOffsiteAttempt, pendingOffsite } from './offsite-schedule';

/** What the Backups screen shows of the bucket: its settings, whether a secret is at hand (never the secret), how sending goes. */
export function describeOffsite(
  sql: Database.Database,
  databasePath: string,
  now: Date,
  environment: NodeJS.ProcessEnv = process.env,
): OffsiteView {
  let resolved: ResolvedOffsite | null;
  try {
    resolved = resolveOffsite(sql, databasePath, environment);
  } catch {
    // Half-set BACKROOM_S3_* variables: shown as no bucket; the CLI and the job say what is wrong.
    resolved = null;
  }
  if (!resolved) return { settings: null, source: null, secretSet: false, status: null };
  const { folder } = readBackupSettings(sql);
  const record = folder === null ? null : readOffsiteRecord(folder);
  const pending = folder === null || record === null ? 0 : pendingOffsite(folder, record).length;
  return {
    settings: resolved.settings,
    source: resolved.source,
    secretSet: resolved.secretAccessKey !== null,
    status: record && {
      pending,
      failures: record.failures,
      lastError: record.lastError,
      lastAttemptAt: record.lastAttemptAt,
      nextAttemptAt: resolved.secretAccessKey
        ? (nextOffsiteAttempt(record, pending, now)?.toISOString() ?? null)
        : null,
      lastUploadedAt: record.lastUploadedAt,
    },
  };
}
