import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createBackup } from '../../backup/create-backup';
import { derivePassphraseKey, newKdfParams } from '../../backup/keys';
import { readBackupSettings } from '../../backup/settings';
import { verifyBackup } from '../../backup/verify-backup';
import { UsageError, type CliCommand } from '../command';
import { formatDuration, formatSize } from '../format';
import { OFFSITE_NOTE, sendToBucket } from './backup-offsite';
import { backupProgress } from './backup-output';
import { PASSPHRASE_VARIABLE, readPassphrase } from './backup-passphrase';
import { backupRestoreCommand } from './backup-restore';
import { backupVerifyCommand } from './backup-verify';

/**
 * Takes an online backup of the database (the app can keep running and writing), then verifies it
 * by restoring it to a temporary file: only a verified backup is reported as done.
 */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up the database while the app runs: compressed, encrypted, then verified',
  options: {
    to: { type: 'string' },
    plain: { type: 'boolean' },
    'skip-verify': { type: 'boolean' },
    s3: { type: 'boolean' },
  },
  optionHelp: [
    ['--to <folder>', 'where to write the backup (default: the folder an admin chose in Backups)'],
    ['--plain', 'compress and checksum only, without a passphrase (anyone with the file can read it)'],
    ['--skip-verify', 'do not test-restore the backup afterwards (it then counts as unverified)'],
    ['--s3', 'once verified, also send it to the S3 bucket and thin the bucket as the folder'],
  ],
  notes: [
    `The passphrase is read from ${PASSPHRASE_VARIABLE}, or asked for in a terminal; never give it as an argument.`,
    'Exit code 1 if the backup could not be written or does not verify.',
    OFFSITE_NOTE,
    'With --s3, exit code 1 also if the bucket could not be reached; the verified backup in the folder stands.',
  ],
  async run(values, { databasePath, io }) {
    if (!existsSync(databasePath)) throw new UsageError(`There is no database file at ${databasePath}.`);
    if (values['skip-verify'] && values.s3)
      throw new UsageError('--s3 sends only verified backups: drop --skip-verify.');
    const chosen = typeof values.to === 'string' ? values.to : savedFolder(databasePath);
    if (chosen === null)
      throw new UsageError('Give the folder to write to with --to <folder> (no backup folder is set in Backups).');
    const folder = resolve(chosen);
    mkdirSync(folder, { recursive: true });
    const passphrase = values.plain ? null : await readPassphrase(io, 'Backup passphrase: ');
    const passphraseKey = passphrase === null ? undefined : await derivePassphraseKey(passphrase, newKdfParams());

    const progress = backupProgress(io);
    const started = performance.now();
    const created = await createBackup({
      databasePath,
      folder,
      now: new Date(),
      passphraseKey,
      progress: progress.update,
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    io.out.write(
      `backed up ${formatSize(created.manifest.databaseBytes)} to ${created.path} ` +
        `(${formatSize(created.bytes)}, ${passphraseKey ? 'encrypted' : 'NOT encrypted'}) ` +
        `in ${formatDuration(seconds * 1000)}\n`,
    );
    if (values['skip-verify']) {
      io.out.write('not verified: run "backroom verify" on it before counting on it\n');
      return 0;
    }
    await verifyBackup({
      backupPath: created.path,
      unlock: passphraseKey ? { passphraseKey } : null,
      workFolder: dirname(databasePath),
      progress: progress.update,
    });
    progress.finish();
    io.out.write('verified: restored to a temporary file, checksum, quick_check and row counts match\n');
    if (values.s3) await sendToBucket(databasePath, folder, created.name, io);
    return 0;
  },
};

/** The destination folder an admin saved, read without migrating or locking the file. */
function savedFolder(databasePath: string): string | null {
  const sql = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return readBackupSettings(sql).folder;
  } catch {
    return null;
  } finally {
    sql.close();
  }
}

/** `backup`, `verify` and `restore`, registered together. */
export const backupCommands: readonly CliCommand[] = [backupCommand, backupVerifyCommand, backupRestoreCommand];
