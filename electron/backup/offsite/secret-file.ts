import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The bucket's secret access key, kept as the scheduled backups' key is (../key-file.ts): in a file
 * only this user can read, beside the database, never in it, so a copy or a backup of the database
 * never carries it, and no screen is ever sent it.
 */
export function offsiteSecretPath(databasePath: string): string {
  return join(dirname(databasePath), 'backup-s3-secret.json');
}

export function loadOffsiteSecret(databasePath: string): string | null {
  const path = offsiteSecretPath(databasePath);
  if (!existsSync(path)) return null;
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { secretAccessKey?: unknown };
  return typeof stored.secretAccessKey === 'string' && stored.secretAccessKey !== '' ? stored.secretAccessKey : null;
}

export function saveOffsiteSecret(databasePath: string, secretAccessKey: string): void {
  const path = offsiteSecretPath(databasePath);
  writeFileSync(`${path}.partial`, JSON.stringify({ secretAccessKey }), { mode: 0o600 });
  renameSync(`${path}.partial`, path);
}

export function removeOffsiteSecret(databasePath: string): void {
  rmSync(offsiteSecretPath(databasePath), { force: true });
}
