import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteOf } from '../../../database/data-source';
import { derivePassphraseKey, newKdfParams, type PassphraseKey } from '../../../electron/backup/keys';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

export const PASSPHRASE = 'correct horse battery staple';

export interface BackupWorld {
  t: TempDatabase;
  /** The admin's destination folder. */
  folder: string;
  work: string;
  key: PassphraseKey;
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
  return { t, folder, work, key: await derivePassphraseKey(PASSPHRASE, newKdfParams()), dispose: () => t.dispose() };
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
