import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { offsiteRefused } from './offsite-errors';
import { offsiteSettingsSchema, type OffsiteDestination, type OffsiteSettings } from './destination';
import { loadOffsiteSecret } from './secret-file';

const SETTINGS_KEY = 'backup.offsite';

/** What an admin saved on the Backups screen, and who: scheduled uploads run as their jobs. */
export interface SavedOffsite extends OffsiteSettings {
  savedBy: number;
}

/**
 * Without saved settings (a server started by a script, the CLI on another machine) the bucket
 * may be named in these variables; the secret in BACKROOM_S3_SECRET_ACCESS_KEY also serves saved
 * settings whose secret was never typed on this machine.
 */
export const OFFSITE_VARIABLES = {
  endpoint: 'BACKROOM_S3_ENDPOINT',
  region: 'BACKROOM_S3_REGION',
  bucket: 'BACKROOM_S3_BUCKET',
  prefix: 'BACKROOM_S3_PREFIX',
  accessKeyId: 'BACKROOM_S3_ACCESS_KEY_ID',
  secretAccessKey: 'BACKROOM_S3_SECRET_ACCESS_KEY',
  pathStyle: 'BACKROOM_S3_PATH_STYLE',
} as const;

export function readSavedOffsite(sql: Database.Database): SavedOffsite | null {
  const value = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').pluck().get(SETTINGS_KEY);
  if (typeof value !== 'string') return null;
  const stored = JSON.parse(value) as { savedBy?: unknown };
  const parsed = offsiteSettingsSchema.safeParse(stored);
  return parsed.success && typeof stored.savedBy === 'number' ? { ...parsed.data, savedBy: stored.savedBy } : null;
}

export function writeSavedOffsite(sql: Database.Database, saved: SavedOffsite | null): void {
  if (saved === null) {
    prepared(sql, 'DELETE FROM "settings" WHERE "key" = ?').run(SETTINGS_KEY);
    return;
  }
  prepared(
    sql,
    'INSERT INTO "settings" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
  ).run(SETTINGS_KEY, JSON.stringify(saved));
}

/** The bucket the environment names, or null when it names none; half a destination is an error, not silence. */
export function environmentOffsite(environment: NodeJS.ProcessEnv): OffsiteSettings | null {
  const endpoint = environment[OFFSITE_VARIABLES.endpoint];
  const bucket = environment[OFFSITE_VARIABLES.bucket];
  if (!endpoint && !bucket) return null;
  const parsed = offsiteSettingsSchema.safeParse({
    endpoint,
    bucket,
    region: environment[OFFSITE_VARIABLES.region] || 'us-east-1',
    prefix: environment[OFFSITE_VARIABLES.prefix] ?? '',
    accessKeyId: environment[OFFSITE_VARIABLES.accessKeyId],
    pathStyle: !['0', 'false', 'no'].includes((environment[OFFSITE_VARIABLES.pathStyle] ?? 'true').toLowerCase()),
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw offsiteRefused('notSetUp', `The BACKROOM_S3_* variables do not name a usable bucket (check: ${fields}).`);
  }
  return parsed.data;
}

export type OffsiteSource = 'saved' | 'environment';

export interface ResolvedOffsite {
  settings: OffsiteSettings;
  source: OffsiteSource;
  /** Null when neither the secret file nor the environment holds one: nothing can be sent. */
  secretAccessKey: string | null;
}

/** The destination in force: the saved one, else the environment's; its secret from the file, else the environment. */
export function resolveOffsite(
  sql: Database.Database | null,
  databasePath: string,
  environment: NodeJS.ProcessEnv = process.env,
): ResolvedOffsite | null {
  const saved = sql ? readSavedOffsite(sql) : null;
  const settings = saved ? withoutSavedBy(saved) : environmentOffsite(environment);
  if (!settings) return null;
  const secretAccessKey = loadOffsiteSecret(databasePath) ?? (environment[OFFSITE_VARIABLES.secretAccessKey] || null);
  return { settings, source: saved ? 'saved' : 'environment', secretAccessKey };
}

/** The destination with its secret, or an error saying what is missing. */
export function usableDestination(resolved: ResolvedOffsite | null): OffsiteDestination {
  if (!resolved)
    throw offsiteRefused(
      'notSetUp',
      'No S3 destination is set up: save one on the Backups screen, or set BACKROOM_S3_*.',
    );
  if (!resolved.secretAccessKey)
    throw offsiteRefused(
      'notSetUp',
      `The S3 secret access key is missing: type it on the Backups screen or set ${OFFSITE_VARIABLES.secretAccessKey}.`,
    );
  return { ...resolved.settings, secretAccessKey: resolved.secretAccessKey };
}

function withoutSavedBy({ savedBy: _, ...settings }: SavedOffsite): OffsiteSettings {
  return settings;
}
