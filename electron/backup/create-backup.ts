import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { encodeBackup } from './encode';
import { readFacts } from './facts';
import { BACKUP_EXTENSION, type BackupManifest } from './format';
import type { PassphraseKey } from './keys';
import type { BackupRun } from './progress';
import type { OpenSink } from './sink';
import { holdSnapshot } from './snapshot';

export interface CreateBackupOptions extends BackupRun {
  databasePath: string;
  /** The destination folder the admin chose. */
  folder: string;
  now: Date;
  passphraseKey?: PassphraseKey;
  quality?: number;
  /** Where the snapshot is staged; by default beside the database, whose disk has room for a copy of it. */
  workFolder?: string;
  openSink?: OpenSink;
}

export interface CreatedBackup {
  /** The file's name in the destination folder: what screens show. */
  name: string;
  path: string;
  manifest: BackupManifest;
  bytes: number;
}

/** `backroom-2026-12-06T17-40-05Z.backroom-backup`: sorts by time, safe on every file system. */
export function backupFileName(now: Date): string {
  return `backroom-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z${BACKUP_EXTENSION}`;
}

/**
 * Holds an online snapshot of the live database, counts its rows, then compresses, seals and
 * writes it with its manifest, reading the snapshot straight from the database file when it can.
 * A staged copy, when one was needed, is removed whatever happens.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const stage = await mkdtemp(join(options.workFolder ?? dirname(options.databasePath), '.backup-'));
  try {
    const snapshot = await holdSnapshot(options.databasePath, stage, {
      signal: options.signal,
      progress: (done, total) => options.progress?.({ phase: 'snapshot', done, total }),
    });
    try {
      const facts = readFacts(snapshot.sql, options.now.toISOString());
      const name = backupFileName(options.now);
      const path = join(options.folder, name);
      const { manifest, bytes } = await encodeBackup({
        databasePath: snapshot.path,
        databaseBytes: snapshot.bytes,
        backupPath: path,
        facts,
        passphraseKey: options.passphraseKey,
        quality: options.quality,
        signal: options.signal,
        progress: (done, total) => options.progress?.({ phase: 'compress', done, total }),
        openSink: options.openSink,
      });
      return { name, path, manifest, bytes };
    } finally {
      await snapshot.release();
    }
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
