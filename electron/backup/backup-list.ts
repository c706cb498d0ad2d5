import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_EXTENSION } from './format';

/**
 * verified: restored and checked (quick_check, checksum, row counts); damaged: a check found the
 * file or the database in it damaged; failed: it could not be checked (a wrong passphrase, the disk);
 * unverified: not checked yet.
 */
export type BackupState = 'verified' | 'damaged' | 'failed' | 'unverified';

export interface BackupStateRecord {
  state: Exclude<BackupState, 'unverified'>;
  checkedAt: string;
  /** A verified backup whose restored database also passed SQLite's full integrity_check. */
  fullyChecked?: boolean;
  /** Why it failed, in words for a person. */
  error?: string;
  /** A verified backup whose full check waits for the one running to end (schedule.ts). */
  awaitingFullCheck?: boolean;
}

export interface ListedBackup {
  name: string;
  bytes: number;
  createdAt: string;
  state: BackupState;
  fullyChecked: boolean;
  awaitingFullCheck: boolean;
  checkedAt: string | null;
  error: string | null;
}

const NAME = /^backroom-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.backroom-backup$/;

/**
 * A verify's outcome is kept beside the backup it checked (`<name>.state.json`), so it travels with
 * the file when the folder is copied, and a backup copied in from elsewhere shows as unverified.
 */
function statePath(folder: string, name: string): string {
  return join(folder, `${name}.state.json`);
}

export function recordState(folder: string, name: string, record: BackupStateRecord): void {
  writeFileSync(statePath(folder, name), JSON.stringify(record));
}

/** The backups in a folder, newest first; other files are left alone. */
export function listBackups(folder: string): ListedBackup[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((entry) => entry.name.endsWith(BACKUP_EXTENSION) && entry.match)
    .map(({ name, match }): ListedBackup => {
      const [, day, hours, minutes, seconds] = match!;
      const state = readState(folder, name);
      return {
        name,
        bytes: statSync(join(folder, name)).size,
        createdAt: new Date(`${day}T${hours}:${minutes}:${seconds}Z`).toISOString(),
        state: state?.state ?? 'unverified',
        fullyChecked: state?.state === 'verified' && state.fullyChecked === true,
        awaitingFullCheck: state?.state === 'verified' && state.awaitingFullCheck === true,
        checkedAt: state?.checkedAt ?? null,
        error: state?.error ?? null,
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The recorded outcome of the last check of one backup, or null when it was never checked. */
export function readState(folder: string, name: string): BackupStateRecord | null {
  try {
    return JSON.parse(readFileSync(statePath(folder, name), 'utf8')) as BackupStateRecord;
  } catch {
    return null;
  }
}

/**
 * Marks a verified backup as waiting for its full check, or no longer waiting. A check's outcome,
 * recorded over the mark, ends the wait too. A backup that is not verified is left as it is.
 */
export function markAwaitingFullCheck(folder: string, name: string, awaiting: boolean): void {
  const record = readState(folder, name);
  if (record?.state !== 'verified') return;
  const { awaitingFullCheck: _, ...checked } = record;
  recordState(folder, name, awaiting ? { ...checked, awaitingFullCheck: true } : checked);
}

/** A backup's path from the name a screen sent: only names this folder lists, never a path. */
export function backupPath(folder: string, name: string): string | null {
  return NAME.test(name) && existsSync(join(folder, name)) ? join(folder, name) : null;
}

export function deleteBackup(folder: string, name: string): void {
  rmSync(join(folder, name), { force: true });
  rmSync(statePath(folder, name), { force: true });
}
