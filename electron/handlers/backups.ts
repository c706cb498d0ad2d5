import { isAbsolute } from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupSettingsView } from '../../shared/contract/backups';
import type { BackupJobInput, VerifyJobInput } from '../backup/backup-jobs';
import { backupPath, listBackups } from '../backup/backup-list';
import { loadBackupKey, removeBackupKey, saveBackupKey } from '../backup/key-file';
import { derivePassphraseKey, newKdfParams } from '../backup/keys';
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

const list: Handler<'backups.list'> = (_input, ctx) => {
  const { folder } = readBackupSettings(ctx.sql);
  return { items: folder === null ? [] : listBackups(folder) };
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

const verify: Handler<'backups.verify'> = (input, ctx) => {
  const folder = chosenFolder(ctx);
  if (!backupPath(folder, input.name)) throw new AppError('NOT_FOUND', `There is no backup named ${input.name}.`);
  return startJob(ctx, 'backup.verify', { folder, name: input.name });
};

export const backupsHandlers = {
  'backups.list': list,
  'backups.getSettings': getSettings,
  'backups.setSettings': setSettings,
  'backups.start': start,
  'backups.verify': verify,
} satisfies Partial<HandlerRegistry>;
