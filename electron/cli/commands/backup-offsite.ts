import Database from 'better-sqlite3';
import { dirname, resolve } from 'node:path';
import { recordState } from '../../backup/backup-list';
import { OFFSITE_VARIABLES, resolveOffsite, usableDestination } from '../../backup/offsite/offsite-config';
import type { OffsiteProgress } from '../../backup/offsite/bucket';
import type { OffsiteDestination } from '../../backup/offsite/destination';
import { readBackupSettings, DEFAULT_BACKUP_SETTINGS } from '../../backup/settings';
import { AppError } from '../../../shared/errors';
import type { CliIO } from '../command';
import { progressPrinter } from '../progress';

/** For --help: where the bucket comes from. */
export const OFFSITE_NOTE =
  `--s3 uses the bucket saved on the Backups screen, else ${OFFSITE_VARIABLES.endpoint}, ${OFFSITE_VARIABLES.bucket}, ` +
  `${OFFSITE_VARIABLES.region}, ${OFFSITE_VARIABLES.prefix}, ${OFFSITE_VARIABLES.accessKeyId}, ` +
  `${OFFSITE_VARIABLES.pathStyle}; the secret comes from the file the screen saved, else ${OFFSITE_VARIABLES.secretAccessKey}.`;

/** Transfers as the CLI's bar or log lines show them, in megabytes. */
function transferProgress(io: CliIO) {
  const printer = progressPrinter(io.out);
  return {
    update: (report: OffsiteProgress) =>
      printer.update({
        phase: report.phase,
        done: Math.round(report.done / 1e6),
        total: Math.round(report.total / 1e6),
      }),
    finish: () => printer.finish(),
  };
}

/** The bucket and the folder's retention, read without migrating or locking the file. */
function offsiteOf(databasePath: string): { destination: OffsiteDestination; keepRecent: number } {
  const sql = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    let keepRecent = DEFAULT_BACKUP_SETTINGS.keepRecent;
    try {
      keepRecent = readBackupSettings(sql).keepRecent;
    } catch {
      // A file without the settings table yet: the default retention.
    }
    return { destination: usableDestination(resolveOffsite(sql, databasePath)), keepRecent };
  } finally {
    sql.close();
  }
}

/**
 * After `backup --s3` has verified a backup: records it verified (as the app's backup job does),
 * then sends the folder's verified backups the bucket lacks and thins the bucket. The local backup
 * stands whatever happens here.
 */
export async function sendToBucket(databasePath: string, folder: string, name: string, io: CliIO): Promise<void> {
  const { destination, keepRecent } = offsiteOf(databasePath);
  recordState(folder, name, { state: 'verified', checkedAt: new Date().toISOString() });
  const { sendOffsite } = await import('../../backup/offsite/send-offsite');
  const progress = transferProgress(io);
  const sent = await sendOffsite({ folder, destination, keepRecent, now: new Date(), progress: progress.update }).catch(
    (error: unknown) => {
      progress.finish();
      if (!(error instanceof AppError)) throw error;
      throw new AppError(error.code, `${error.message} The verified backup in ${folder} is kept.`, error.details);
    },
  );
  progress.finish();
  io.out.write(
    `sent ${sent.uploaded.length} backup(s) to ${destination.bucket} at ${destination.endpoint}` +
      `${sent.removed.length ? `, removed ${sent.removed.length} old one(s)` : ''}; ${sent.inBucket} in the bucket\n`,
  );
}

/** `verify --s3 <name>` and `restore --s3 <name>`: the backup is downloaded to a temporary file beside the database first. */
export async function withBucketBackup<T>(
  databasePath: string,
  name: string,
  io: CliIO,
  use: (path: string) => Promise<T>,
): Promise<T> {
  const { destination } = offsiteOf(databasePath);
  const { withOffsiteBackup } = await import('../../backup/offsite/fetch-offsite');
  const progress = transferProgress(io);
  return withOffsiteBackup(
    destination,
    name,
    dirname(resolve(databasePath)),
    (path) => {
      progress.finish();
      io.out.write(`downloaded ${name} from ${destination.bucket} at ${destination.endpoint}\n`);
      return use(path);
    },
    { progress: progress.update },
  );
}
