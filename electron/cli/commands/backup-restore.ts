import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { derivePassphraseKey, newKdfParams } from '../../backup/keys';
import { restoreBackup } from '../../backup/restore-backup';
import { UsageError, type CliCommand } from '../command';
import { withBucketBackup } from './backup-offsite';
import { backupProgress, describeManifest } from './backup-output';
import { PASSPHRASE_VARIABLE } from './backup-passphrase';
import { unlockBackup } from './backup-unlock';
import { formatSize } from '../format';

/**
 * Replaces the database with a backup's, after showing what the backup holds. The current
 * database is backed up first; the backup is checked and migrated before the file is swapped.
 */
export const backupRestoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the database with a backup (Backroom must be closed); the current one is backed up first',
  arguments: '<backup file>',
  options: { yes: { type: 'boolean' }, safety: { type: 'string' }, s3: { type: 'boolean' } },
  optionHelp: [
    ['--yes', 'replace the database; without it, only show what the backup holds'],
    ['--safety <folder>', 'where the backup of the current database goes (default: "backups" beside it)'],
    ['--s3', 'the argument is a backup name in the S3 bucket: downloaded to a temporary file, checked, then restored'],
  ],
  notes: [
    `An encrypted backup's passphrase is read from ${PASSPHRASE_VARIABLE}, or asked for in a terminal.`,
    'A backup from an older version is brought up to this version as it is restored.',
    "The backup of the current database is sealed with the restored backup's passphrase (none for a plain one).",
  ],
  async run(values, { databasePath, io, args }) {
    if (args.length !== 1) throw new UsageError('Name one backup file.');
    if (values.s3 === true)
      return withBucketBackup(databasePath, args[0]!, io, (path) =>
        backupRestoreCommand.run({ ...values, s3: false }, { databasePath, io, args: [path] }),
      );
    if (!existsSync(databasePath)) throw new UsageError(`There is no database file at ${databasePath}.`);
    const path = resolve(args[0]!);
    const { unlock, manifest } = await unlockBackup(path, io);
    io.out.write(`${path}\n${describeManifest(manifest)}`);
    if (values.yes !== true) {
      io.out.write(`Nothing changed. Add --yes to replace ${databasePath} with this backup.\n`);
      return 0;
    }
    const safetyFolder = resolve(
      typeof values.safety === 'string' ? values.safety : join(dirname(databasePath), 'backups'),
    );
    mkdirSync(safetyFolder, { recursive: true });
    const safetyKey =
      unlock && 'passphrase' in unlock ? await derivePassphraseKey(unlock.passphrase, newKdfParams()) : undefined;
    const progress = backupProgress(io);
    const restored = await restoreBackup({
      backupPath: path,
      unlock,
      databasePath,
      safetyFolder,
      safetyKey,
      now: new Date(),
      progress: progress.update,
      release: () => Promise.resolve(),
    });
    progress.finish();
    io.out.write(
      `restored ${formatSize(restored.manifest.databaseBytes)} into ${databasePath}; ` +
        `the database as it was is in ${restored.safety.path}${safetyKey ? '' : ' (not encrypted)'}\n`,
    );
    return 0;
  },
};
