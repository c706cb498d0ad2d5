import { dirname, resolve } from 'node:path';
import { verifyBackup } from '../../backup/verify-backup';
import { UsageError, type CliCommand } from '../command';
import { withBucketBackup } from './backup-offsite';
import { backupProgress, describeManifest } from './backup-output';
import { PASSPHRASE_VARIABLE } from './backup-passphrase';
import { unlockBackup } from './backup-unlock';

/** Test-restores a backup to a temporary file and checks it; the database itself is not touched. */
export const backupVerifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check a backup by restoring it to a temporary file (seals, checksum, quick_check, row counts)',
  arguments: '<backup file>',
  options: { full: { type: 'boolean' }, s3: { type: 'boolean' } },
  optionHelp: [
    ['--full', "also run SQLite's integrity_check (slow on a large database)"],
    ['--s3', 'the argument is a backup name in the S3 bucket: downloaded to a temporary file, then verified'],
  ],
  notes: [
    `An encrypted backup's passphrase is read from ${PASSPHRASE_VARIABLE}, or asked for in a terminal.`,
    'Exit code 1 if the backup is damaged, was changed, or the passphrase is wrong.',
  ],
  async run(values, { databasePath, io, args }) {
    if (args.length !== 1) throw new UsageError('Name one backup file.');
    if (values.s3 === true)
      return withBucketBackup(databasePath, args[0]!, io, (path) =>
        backupVerifyCommand.run({ ...values, s3: false }, { databasePath, io, args: [path] }),
      );
    const path = resolve(args[0]!);
    const { unlock, manifest } = await unlockBackup(path, io);
    io.out.write(`${path}\n${describeManifest(manifest)}`);
    const progress = backupProgress(io);
    const verified = await verifyBackup({
      backupPath: path,
      unlock,
      workFolder: dirname(databasePath),
      full: values.full === true,
      progress: progress.update,
    });
    progress.finish();
    io.out.write(`verified${verified.integrityChecked ? ' (with integrity_check)' : ''}: the backup restores whole\n`);
    return 0;
  },
};
