import type { OffsiteView } from '../../shared/contract/backups-offsite';
import { AppError } from '../../shared/errors';
import type { Bucket } from '../backup/offsite/bucket';
import type { OffsiteDestination } from '../backup/offsite/destination';
import { resolveOffsite, usableDestination, writeSavedOffsite } from '../backup/offsite/offsite-config';
import type { OffsiteUploadInput, OffsiteVerifyInput } from '../backup/offsite/offsite-jobs';
import { describeOffsite } from '../backup/offsite/offsite-view';
import { removeOffsiteSecret, saveOffsiteSecret } from '../backup/offsite/secret-file';
import { readBackupSettings } from '../backup/settings';
import type { AuthedContext, Handler, HandlerContext, HandlerRegistry } from '../host/context';

/** The S3 client is a large module tree: loaded when a bucket is first asked, not with every handler at startup. */
async function openBucket(destination: OffsiteDestination, attempts: number): Promise<Bucket> {
  const { Bucket } = await import('../backup/offsite/bucket');
  return new Bucket(destination, attempts);
}

function databasePath(ctx: HandlerContext): string {
  return ctx.dataSource.options.database as string;
}

function view(ctx: HandlerContext): OffsiteView {
  return describeOffsite(ctx.sql, databasePath(ctx), ctx.clock.now());
}

/** The secret is kept in a file of its own (secret-file.ts); the audit row says only whether it changed. */
const setOffsite: Handler<'backups.setOffsite'> = (input, ctx) => {
  ctx.audit.entity = 'backup-offsite';
  if (input.settings === null) {
    writeSavedOffsite(ctx.sql, null);
    removeOffsiteSecret(databasePath(ctx));
    ctx.audit.details = { removed: true };
    return view(ctx);
  }
  const { secretAccessKey, ...settings } = input.settings;
  writeSavedOffsite(ctx.sql, { ...settings, savedBy: ctx.actor.staffId });
  if (secretAccessKey !== undefined) saveOffsiteSecret(databasePath(ctx), secretAccessKey);
  ctx.audit.details = { ...settings, secretAccessKey: secretAccessKey === undefined ? 'unchanged' : 'set' };
  return view(ctx);
};

/** Asks the bucket once, with what was typed (the secret at hand if none was), so a dead server is told within seconds. */
const testOffsite: Handler<'backups.testOffsite'> = async (input, ctx) => {
  const { secretAccessKey: typed, ...settings } = input.settings;
  const secretAccessKey = typed ?? resolveOffsite(ctx.sql, databasePath(ctx))?.secretAccessKey ?? null;
  if (secretAccessKey === null) return { ok: false, message: 'Type the secret access key to test the bucket.' };
  const bucket = await openBucket({ ...settings, secretAccessKey }, 1);
  try {
    const count = await bucket.check();
    const where = settings.prefix === '' ? '' : ` under ${settings.prefix}/`;
    return { ok: true, message: `Reached ${settings.bucket} at ${settings.endpoint}: ${count} backups${where}.` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    bucket.close();
  }
};

const listOffsite: Handler<'backups.listOffsite'> = async (_input, ctx) => {
  const bucket = await openBucket(usableDestination(resolveOffsite(ctx.sql, databasePath(ctx))), 1);
  try {
    return { items: await bucket.list() };
  } finally {
    bucket.close();
  }
};

function startJob(
  ctx: AuthedContext,
  kind: 'backup.upload' | 'backup.verifyOffsite',
  input: OffsiteUploadInput | OffsiteVerifyInput,
) {
  // Refused here, in words, rather than as a failed job: no bucket, or no secret for it.
  usableDestination(resolveOffsite(ctx.sql, databasePath(ctx)));
  const jobId = ctx.jobs.start(kind, input, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return { jobId };
}

const uploadOffsite: Handler<'backups.uploadOffsite'> = (_input, ctx) => {
  const { folder, keepRecent } = readBackupSettings(ctx.sql);
  if (folder === null) throw new AppError('CONFLICT', 'Choose a backup folder in the settings first.');
  return startJob(ctx, 'backup.upload', { folder, keepRecent, now: ctx.clock.now().toISOString() });
};

export const backupsOffsiteHandlers = {
  'backups.getOffsite': (_input, ctx) => view(ctx),
  'backups.setOffsite': setOffsite,
  'backups.testOffsite': testOffsite,
  'backups.listOffsite': listOffsite,
  'backups.uploadOffsite': uploadOffsite,
  'backups.verifyOffsite': (input, ctx) => {
    const { folder } = readBackupSettings(ctx.sql);
    if (input.toFolder && folder === null)
      throw new AppError('CONFLICT', 'Choose a backup folder in the settings first.');
    return startJob(ctx, 'backup.verifyOffsite', { name: input.name, folder: input.toFolder ? folder : null });
  },
} satisfies Partial<HandlerRegistry>;
