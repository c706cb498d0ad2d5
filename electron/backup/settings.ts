import type Database from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from '../../database/prepared';

const SETTINGS_KEY = 'backup';

/** What an admin sets for backups. Nothing secret: the passphrase's key is kept in a file of its own (key-file.ts). */
export const backupSettingsSchema = z.object({
  /** The destination folder, as the admin typed it; null until chosen (no scheduled backups without it). */
  folder: z.string().min(1).max(1000).nullable(),
  everyHours: z.number().int().min(1).max(168),
  onQuit: z.boolean(),
  /** The most recent backups kept whatever their age; older ones thin out to one a day for a week, one a week for a month. */
  keepRecent: z.number().int().min(1).max(100),
  /** The admin who last saved these settings: scheduled backups run as their jobs. */
  savedBy: z.number().int().nullable(),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  folder: null,
  everyHours: 4,
  onQuit: true,
  keepRecent: 6,
  savedBy: null,
};

export function readBackupSettings(sql: Database.Database): BackupSettings {
  const value = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').pluck().get(SETTINGS_KEY);
  if (typeof value !== 'string') return DEFAULT_BACKUP_SETTINGS;
  const parsed = backupSettingsSchema.safeParse({ ...DEFAULT_BACKUP_SETTINGS, ...(JSON.parse(value) as object) });
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

export function writeBackupSettings(sql: Database.Database, settings: BackupSettings): void {
  prepared(
    sql,
    'INSERT INTO "settings" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
  ).run(SETTINGS_KEY, JSON.stringify(settings));
}
