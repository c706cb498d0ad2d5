import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PassphraseKey } from './keys';

/**
 * Scheduled backups run with no one to type the passphrase, so the key scrypt made of it (never
 * the passphrase) is kept in a file only this user can read, beside the database. Not in the
 * database: a CSV export or a copy of the file would carry it away, and a backup would hold the
 * key to itself. Whoever can read this file can already read the database it protects; the key
 * guards the copies that leave the machine.
 */
export function keyFilePath(databasePath: string): string {
  return join(dirname(databasePath), 'backup-key.json');
}

export function loadBackupKey(databasePath: string): PassphraseKey | null {
  const path = keyFilePath(databasePath);
  if (!existsSync(path)) return null;
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { kdf: PassphraseKey['kdf']; key: string };
  return { kdf: stored.kdf, key: Buffer.from(stored.key, 'base64') };
}

export function saveBackupKey(databasePath: string, key: PassphraseKey): void {
  const path = keyFilePath(databasePath);
  writeFileSync(`${path}.partial`, JSON.stringify({ kdf: key.kdf, key: key.key.toString('base64') }), { mode: 0o600 });
  renameSync(`${path}.partial`, path);
}

export function removeBackupKey(databasePath: string): void {
  rmSync(keyFilePath(databasePath), { force: true });
}
