import { z } from 'zod';
import { channel } from './channel';
import { id, isoTimestamp } from './common';

/** A backup's file name in the destination folder: the only way screens name one (never a path). */
export const backupName = z
  .string()
  .max(80)
  .regex(/^backroom-[0-9T:-]+Z\.backroom-backup$/);

export const backupSummary = z.object({
  name: backupName,
  bytes: z.number().int().min(0),
  createdAt: isoTimestamp,
  /**
   * A backup counts as good only once verified (restored to a temporary file and checked); damaged:
   * a check found it damaged; failed: it could not be checked (a wrong passphrase, the disk).
   */
  state: z.enum(['verified', 'damaged', 'failed', 'unverified']),
  /** Verified, and its restored database passed SQLite's full integrity_check too. */
  fullyChecked: z.boolean(),
  /** Verified, and its full check starts once the one running now ends. */
  awaitingFullCheck: z.boolean(),
  /** The full check of it running now (the schedule's, or any admin's), for the screen to follow; else null. */
  checkJobId: id.nullable(),
  checkedAt: isoTimestamp.nullable(),
  error: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof backupSummary>;

export const backupSettingsOutput = z.object({
  /** The destination folder as the admin typed it. */
  folder: z.string().nullable(),
  everyHours: z.number().int(),
  onQuit: z.boolean(),
  keepRecent: z.number().int(),
  /** Whether backups are encrypted; the passphrase itself never leaves the main process. */
  encrypted: z.boolean(),
});
export type BackupSettingsView = z.infer<typeof backupSettingsOutput>;

/** What a backup holds, from its sealed manifest: what an admin sees before restoring it. */
export const backupContents = z.object({
  name: backupName,
  createdAt: isoTimestamp,
  app: z.object({ name: z.string(), version: z.string() }),
  /** The last migration the backed-up database had; an older one is brought up to date on restore. */
  schemaVersion: z.string().nullable(),
  /** Whether this version has migrations the backup lacks. */
  olderSchema: z.boolean(),
  store: z.object({ code: z.string(), name: z.string() }).nullable(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0) })),
  databaseBytes: z.number().int().min(0),
  encrypted: z.boolean(),
});
export type BackupContents = z.infer<typeof backupContents>;

/** The words an admin types to confirm a restore: it replaces everything since the backup. */
export const RESTORE_CONFIRMATION = 'RESTORE';

/** A backup made with another passphrase than the current one's is opened with that passphrase. */
const backupPassphrase = z.string().min(1).max(1000).optional();

export const backupsChannels = {
  /** The backups in the destination folder, newest first, with their state. */
  'backups.list': channel({
    input: z.strictObject({}),
    output: z.object({ items: z.array(backupSummary) }),
    access: 'admin',
    writes: false,
  }),
  'backups.getSettings': channel({
    input: z.strictObject({}),
    output: backupSettingsOutput,
    access: 'admin',
    writes: false,
  }),
  /**
   * `passphrase`: a new one encrypts every later backup (at least 12 characters); null stops
   * encrypting; absent keeps what is set. Backups already written keep the passphrase they were made with.
   */
  'backups.setSettings': channel({
    input: z.strictObject({
      folder: z
        .string()
        .trim()
        .min(1)
        .max(1000)
        .refine((value) => /^([a-zA-Z]:)?[\\/]/.test(value), {
          message: 'Give the full path of a folder.',
        }),
      everyHours: z.number().int().min(1).max(168),
      onQuit: z.boolean(),
      keepRecent: z.number().int().min(1).max(100),
      passphrase: z.string().min(12).max(1000).nullable().optional(),
    }),
    output: backupSettingsOutput,
    access: 'admin',
    writes: true,
  }),
  /** Starts a backup as a job (snapshot, compress, encrypt, verify, thin the folder); answers the job's id. */
  'backups.start': channel({
    input: z.strictObject({}),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
  /** Opens a backup's sealed manifest: refuses a wrong passphrase or a damaged header; restores nothing. */
  'backups.describe': channel({
    input: z.strictObject({ name: backupName, passphrase: backupPassphrase }),
    output: backupContents,
    access: 'admin',
    writes: false,
  }),
  /**
   * Replaces the database with a backup, in the background: the backup is checked and migrated
   * first (a tampered file or a wrong passphrase changes nothing), then the current database is
   * closed, backed up to the backup folder, and swapped out, and Backroom reopens. Progress comes
   * as `backup.restoring` events and the end as `backup.restored`, on which every screen reloads.
   */
  'backups.restore': channel({
    input: z.strictObject({
      name: backupName,
      passphrase: backupPassphrase,
      confirm: z.literal(RESTORE_CONFIRMATION, { error: `Type ${RESTORE_CONFIRMATION} to confirm.` }),
    }),
    output: z.object({ restoring: z.literal(true) }),
    access: 'admin',
    writes: true,
  }),
  /**
   * Verifies one backup again, with SQLite's full integrity_check, as a job. While a full check
   * the admin started (or the schedule's, run as the admin who saved the settings) is running,
   * nothing starts: the answer is that check's job, `alreadyRunning`, to follow until it ends.
   */
  'backups.verify': channel({
    input: z.strictObject({ name: backupName }),
    output: z.object({ jobId: id, alreadyRunning: z.boolean() }),
    access: 'admin',
    writes: true,
  }),
};
