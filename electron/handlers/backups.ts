import { isAbsolute } from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupSettingsView } from '../../shared/contract/backups';
import type { BackupJobInput, VerifyJobInput } from '../backup/backup-jobs';
import { backupPath, listBackups } from '../backup/backup-list';
import { openBackup, withBackupFile, type Unlock } from '../backup/decode';
import { loadBackupKey, removeBackupKey, saveBackupKey } from '../backup/key-file';
import { derivePassphraseKey, newKdfParams } from '../backup/keys';
import { restoreUnavailable } from '../backup/restore-control';
import { readManifest } from '../backup/verify-backup';
import { schemaIsOlder } from '../backup/schema-age';
import { readBackupSettings, writeBackupSettings, type BackupSettings } from '../backup/settings';
import type { AuthedContext, Handler, HandlerContext, HandlerRegistry } from '../host/context';

function databasePath(ctx: HandlerContext): string {
  return ctx.dataSource.options.database as string;
}

function view({ savedBy: _, ...settings }: BackupSettings, ctx: HandlerContext): BackupSettingsView {
  return { ...settings, encrypted: loadBackupKey(databasePath(ctx)) !== null };
}

function chosenFolder(ctx: HandlerContext): string {
  const { folder } = readBackupSettings(ctx.sql);
  if (folder === null) throw new AppError('CONFLICT', 'Choose a backup folder in the settings first.');
  return folder;
}

/** Each backup with the full check running on it, whoever started that check, so every admin's screen can follow it. */
const list: Handler<'backups.list'> = (_input, ctx) => {
  const { folder } = readBackupSettings(ctx.sql);
  if (folder === null) return { items: [] };
  const checks = ctx.jobs.runningInputs('backup.verify').map(({ id, input }) => ({ id, ...(input as VerifyJobInput) }));
  return {
    items: listBackups(folder).map((backup) => ({
      ...backup,
      checkJobId: checks.find((check) => check.folder === folder && check.name === backup.name)?.id ?? null,
    })),
  };
};

const getSettings: Handler<'backups.getSettings'> = (_input, ctx) => view(readBackupSettings(ctx.sql), ctx);

/** The passphrase is turned into a key here and only the key is kept (key-file.ts); the audit row says only whether it changed. */
const setSettings: Handler<'backups.setSettings'> = async (input, ctx) => {
  if (!isAbsolute(input.folder)) throw new AppError('VALIDATION', 'Give the full path of a folder.');
  const { passphrase, ...settings } = input;
  writeBackupSettings(ctx.sql, { ...settings, savedBy: ctx.actor.staffId });
  if (passphrase === null) removeBackupKey(databasePath(ctx));
  else if (passphrase !== undefined)
    saveBackupKey(databasePath(ctx), await derivePassphraseKey(passphrase, newKdfParams()));
  ctx.audit.entity = 'backup-settings';
  ctx.audit.details = {
    ...settings,
    passphrase: passphrase === undefined ? 'unchanged' : passphrase === null ? 'removed' : 'set',
  };
  return view({ ...settings, savedBy: ctx.actor.staffId }, ctx);
};

function startJob(ctx: AuthedContext, kind: 'backup.create' | 'backup.verify', input: BackupJobInput | VerifyJobInput) {
  const jobId = ctx.jobs.start(kind, input, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return { jobId };
}

const start: Handler<'backups.start'> = (_input, ctx) => {
  const { keepRecent } = readBackupSettings(ctx.sql);
  return startJob(ctx, 'backup.create', { folder: chosenFolder(ctx), keepRecent, now: ctx.clock.now().toISOString() });
};

/**
 * Full checks take turns, one per person: a Verify pressed while the admin's earlier one or the
 * schedule's (which runs as the admin who saved the settings) is running answers that check, for
 * the screen to follow, instead of a refusal.
 */
const verify: Handler<'backups.verify'> = (input, ctx) => {
  const folder = chosenFolder(ctx);
  if (!backupPath(folder, input.name)) throw new AppError('NOT_FOUND', `There is no backup named ${input.name}.`);
  const running = ctx.jobs.runningOf('backup.verify', ctx.actor);
  if (running !== null) return { jobId: running, alreadyRunning: true };
  return { ...startJob(ctx, 'backup.verify', { folder, name: input.name }), alreadyRunning: false };
};

/** The path of a backup in the chosen folder, from the name a screen sent. */
function pathOfBackup(ctx: HandlerContext, name: string): string {
  const path = backupPath(chosenFolder(ctx), name);
  if (!path) throw new AppError('NOT_FOUND', `There is no backup named ${name}.`);
  return path;
}

/** A passphrase typed for this backup, else the key scheduled backups are sealed with. */
function unlockFor(ctx: HandlerContext, passphrase: string | undefined): Unlock {
  if (passphrase !== undefined) return { passphrase };
  const key = loadBackupKey(databasePath(ctx));
  return key ? { passphraseKey: key } : null;
}

const describe: Handler<'backups.describe'> = async (input, ctx) => {
  const path = pathOfBackup(ctx, input.name);
  const unlock = unlockFor(ctx, input.passphrase);
  const { manifest, encrypted } = await withBackupFile(path, (handle) => openBackup(handle, unlock));
  return {
    name: input.name,
    createdAt: manifest.createdAt,
    app: manifest.app,
    schemaVersion: manifest.schemaVersion,
    olderSchema: schemaIsOlder(manifest.schemaVersion),
    store: manifest.store ? { code: manifest.store.code, name: manifest.store.name } : null,
    tables: Object.entries(manifest.tables).map(([name, rows]) => ({ name, rows })),
    databaseBytes: manifest.databaseBytes,
    encrypted,
  };
};

/**
 * Checks what can be checked at once (the backup exists, its passphrase opens it), then restores
 * in the background (restore-control.ts). The current database is backed up to the backup folder
 * first, sealed with the key of scheduled backups when there is one.
 */
const restore: Handler<'backups.restore'> = async (input, ctx) => {
  const backupPath = pathOfBackup(ctx, input.name);
  const unlock = unlockFor(ctx, input.passphrase);
  await readManifest(backupPath, unlock);
  (ctx.restore ?? restoreUnavailable).start(
    {
      name: input.name,
      backupPath,
      unlock,
      safetyFolder: chosenFolder(ctx),
      safetyKey: loadBackupKey(databasePath(ctx)) ?? undefined,
    },
    ctx.actor,
  );
  ctx.audit.entity = 'backup';
  ctx.audit.entityId = input.name;
  return { restoring: true as const };
};

export const backupsHandlers = {
  'backups.list': list,
  'backups.getSettings': getSettings,
  'backups.setSettings': setSettings,
  'backups.start': start,
  'backups.verify': verify,
  'backups.describe': describe,
  'backups.restore': restore,
} satisfies Partial<HandlerRegistry>;
