import { z } from 'zod';
import { backupName } from './backups';
import { channel } from './channel';
import { id, isoTimestamp } from './common';

/**
 * An S3-compatible bucket that backups are also sent to, under a prefix. Nothing here is secret:
 * the secret access key is typed, sent once and kept in the main process (never shown again).
 */
export const offsiteSettings = z.object({
  endpoint: z.url({ protocol: /^https?$/, message: 'Give the S3 endpoint as an http(s) URL.' }),
  region: z.string().trim().min(1).max(64),
  bucket: z
    .string()
    .min(3)
    .max(63)
    .regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 'A bucket name has lower-case letters, digits, dots and hyphens.'),
  /** Folder-like start of every key, without slashes at either end; empty puts backups at the bucket's root. */
  prefix: z
    .string()
    .max(200)
    .regex(/^([A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*)?$/, 'A prefix is words joined by slashes, none at either end.'),
  accessKeyId: z.string().min(1).max(200),
  /** Path-style addresses (endpoint/bucket/key): what most self-hosted servers (MinIO, Garage, Ceph) need. */
  pathStyle: z.boolean(),
});
export type OffsiteSettingsView = z.infer<typeof offsiteSettings>;

/** Settings as typed on the screen; the secret may be left out to keep (or test with) the one already saved. */
const offsiteInput = offsiteSettings.extend({ secretAccessKey: z.string().min(1).max(200).optional() }).strict();

export const offsiteStatus = z.object({
  /** Verified backups in the folder that the bucket has not received yet. */
  pending: z.number().int().min(0),
  /** Failed attempts in a row; retried with a wait that doubles each time. */
  failures: z.number().int().min(0),
  lastError: z.string().nullable(),
  lastAttemptAt: isoTimestamp.nullable(),
  /** When the schedule sends again; null while there is nothing to send. */
  nextAttemptAt: isoTimestamp.nullable(),
  lastUploadedAt: isoTimestamp.nullable(),
});

export const offsiteView = z.object({
  settings: offsiteSettings.nullable(),
  /** Saved on the Backups screen, or named by the BACKROOM_S3_* variables Backroom was started with. */
  source: z.enum(['saved', 'environment']).nullable(),
  /** Whether a secret access key is at hand; the key itself never leaves the main process. */
  secretSet: z.boolean(),
  /** Null until a backup folder is chosen and a bucket set up. */
  status: offsiteStatus.nullable(),
});
export type OffsiteView = z.infer<typeof offsiteView>;

export const offsiteBackup = z.object({ name: backupName, bytes: z.number().int().min(0), createdAt: isoTimestamp });

export const backupsOffsiteChannels = {
  'backups.getOffsite': channel({
    input: z.strictObject({}),
    output: offsiteView,
    access: 'admin',
    writes: false,
  }),
  /** Saves the bucket (null stops sending and forgets the secret). Backups already sent stay in the bucket. */
  'backups.setOffsite': channel({
    input: z.strictObject({ settings: offsiteInput.nullable() }),
    output: offsiteView,
    access: 'admin',
    writes: true,
  }),
  /** Reaches the bucket with these settings (the saved secret if none is typed) and says how it went. Changes nothing. */
  'backups.testOffsite': channel({
    input: z.strictObject({ settings: offsiteInput }),
    output: z.object({ ok: z.boolean(), message: z.string() }),
    access: 'admin',
    writes: false,
  }),
  /** The backups in the bucket under the prefix, newest first. */
  'backups.listOffsite': channel({
    input: z.strictObject({}),
    output: z.object({ items: z.array(offsiteBackup) }),
    access: 'admin',
    writes: false,
  }),
  /** Sends now what the bucket lacks and thins it, as a job (also the retry after a failure). */
  'backups.uploadOffsite': channel({
    input: z.strictObject({}),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
  /**
   * Downloads one backup from the bucket to a temporary file and verifies it, as a job; with
   * `toFolder`, a verified one is also copied into the backup folder, to be restored from there.
   */
  'backups.verifyOffsite': channel({
    input: z.strictObject({ name: backupName, toFolder: z.boolean().default(false) }),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
};
