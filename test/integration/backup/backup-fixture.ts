import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteOf } from '../../../database/data-source';
import { recordState } from '../../../electron/backup/backup-list';
import { createBackup, type CreateBackupOptions, type CreatedBackup } from '../../../electron/backup/create-backup';
import { derivePassphraseKey, newKdfParams, type PassphraseKey } from '../../../electron/backup/keys';
import { verifyBackup } from '../../../electron/backup/verify-backup';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

export const PASSPHRASE = 'correct horse battery staple';

export interface BackupWorld {
  t: TempDatabase;
  /** The admin's destination folder. */
  folder: string;
  work: string;
  key: PassphraseKey;
  /** A backup of the database into `folder`, encrypted with `key` unless `options` say otherwise. */
  backUp(now: Date, options?: Partial<CreateBackupOptions>): Promise<CreatedBackup>;
  /** A backup verified and recorded as such, as the backup job leaves it; returns its name. */
  verifiedBackup(now: Date): Promise<string>;
  dispose(): Promise<void>;
}

/** A migrated database with a few thousand settings rows (so it spans many pages), and a backup folder. */
export async function openBackupWorld(rows = 5000): Promise<BackupWorld> {
  const t = await openTempDatabase();
  fillSettings(sqliteOf(t.dataSource), 'seed', rows);
  const folder = join(t.path, '..', 'backups');
  const work = join(t.path, '..', 'work');
  mkdirSync(folder);
  mkdirSync(work);
  const key = await derivePassphraseKey(PASSPHRASE, newKdfParams());
  const backUp: BackupWorld['backUp'] = (now, options = {}) =>
    createBackup({ databasePath: t.path, folder, now, passphraseKey: key, ...options });
  return {
    t,
    folder,
    work,
    key,
    backUp,
    async verifiedBackup(now) {
      const created = await backUp(now);
      await verifyBackup({ backupPath: created.path, unlock: { passphraseKey: key }, workFolder: work });
      recordState(folder, created.name, { state: 'verified', checkedAt: now.toISOString() });
      return created.name;
    },
    dispose: () => t.dispose(),
  };
}

/** Rows with a long random-looking value, so pages do not compress to nothing. */
export function fillSettings(sql: Database.Database, prefix: string, rows: number): void {
  const insert = sql.prepare('INSERT INTO "settings" ("key", "value") VALUES (?, ?)');
  sql.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(`${prefix}.${i}`, JSON.stringify({ n: i, text: `${Math.random()}`.repeat(8) }));
  })();
}

export function settingsCount(path: string): number {
  const sql = new Database(path, { readonly: true });
  try {
    return sql.prepare('SELECT COUNT(*) FROM "settings"').pluck().get() as number;
  } finally {
    sql.close();
  }
}
