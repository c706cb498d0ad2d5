import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/backup/backup-list';
import { Bucket } from '../../../electron/backup/offsite/bucket';
import type { OffsiteDestination } from '../../../electron/backup/offsite/destination';
import { offsiteProblemOf, type OffsiteProblem } from '../../../electron/backup/offsite/offsite-errors';
import { readOffsiteRecord } from '../../../electron/backup/offsite/offsite-record';
import { sendOffsite } from '../../../electron/backup/offsite/send-offsite';
import { openBackupWorld, type BackupWorld } from './backup-fixture';
import { startTestS3, TEST_BUCKET, TEST_SECRET_ACCESS_KEY, type TestS3 } from './s3-server';

const NOW = new Date('2026-12-06T12:00:00Z');
/** One character off the real secret: the kind of mistake a person makes typing it. */
const TYPO = `${TEST_SECRET_ACCESS_KEY.slice(0, -1)}8`;

/**
 * The test server knows one key (s3-server.ts) and checks every request's SigV4 signature with its
 * secret (s3-signatures.ts), as S3 does. Each case first shows the right key working, so a refusal
 * can only be the credentials' doing.
 */
describe('S3 credentials the server does not accept', () => {
  let world: BackupWorld;
  let s3: TestS3;
  beforeEach(async () => {
    world = await openBackupWorld(1000);
    s3 = await startTestS3();
  });
  afterEach(async () => {
    await s3.close();
    await world.dispose();
  });

  /** What the bucket holds under the prefix, read with the right key; and what s3rver has on disk. */
  async function bucketNames(): Promise<string[]> {
    const bucket = new Bucket(s3.destination);
    try {
      return (await bucket.list()).map((backup) => backup.name);
    } finally {
      bucket.close();
    }
  }
  function storedObjects(): string[] {
    const folder = join(s3.directory, TEST_BUCKET, 'store-1');
    return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('._S3rver_object')) : [];
  }

  /** Runs one bucket operation with `destination`; answers the problem it was refused with and its message. */
  async function refusal(
    destination: OffsiteDestination,
    work: (bucket: Bucket) => Promise<unknown>,
  ): Promise<{ problem: OffsiteProblem | null; message: string }> {
    const bucket = new Bucket(destination, 1);
    try {
      const error = await work(bucket).then(
        () => null,
        (caught: unknown) => caught,
      );
      return { problem: offsiteProblemOf(error), message: error instanceof Error ? error.message : String(error) };
    } finally {
      bucket.close();
    }
  }

  it('a wrong secret: test connection, list, upload (whole and in parts) and download are refused in words, without the secret', async () => {
    const small = 'backroom-2026-12-06T10-00-00Z.backroom-backup';
    const large = 'backroom-2026-12-06T09-00-00Z.backroom-backup';
    writeFileSync(join(world.work, small), randomBytes(64 * 1024));
    writeFileSync(join(world.work, large), randomBytes(9 * 1024 * 1024));
    const right = new Bucket(s3.destination);
    try {
      await right.upload(join(world.work, small), small);
      expect(await right.check()).toBe(1);
    } finally {
      right.close();
    }

    const wrong = { ...s3.destination, secretAccessKey: TYPO };
    const refusals = [
      await refusal(wrong, (bucket) => bucket.check()),
      await refusal(wrong, (bucket) => bucket.list()),
      await refusal(wrong, (bucket) =>
        bucket.upload(join(world.work, small), 'backroom-2026-12-06T08-00-00Z.backroom-backup'),
      ),
      await refusal(wrong, (bucket) => bucket.upload(join(world.work, large), large)),
      await refusal(wrong, (bucket) => bucket.download(small, join(world.work, 'back'))),
      await refusal(wrong, (bucket) => bucket.remove(small)),
    ];
    expect(refusals.map(({ problem }) => problem)).toEqual(Array(6).fill('wrongSecret'));
    expect(refusals.map(({ message }) => message.replace(/:\d+/, ':PORT'))).toEqual([
      'The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while listing the backups): the secret is not the one that goes with this key; enter it again.',
      'The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while listing the backups): the secret is not the one that goes with this key; enter it again.',
      'The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while uploading backroom-2026-12-06T08-00-00Z.backroom-backup): the secret is not the one that goes with this key; enter it again.',
      `The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while uploading ${large}): the secret is not the one that goes with this key; enter it again.`,
      `The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while downloading ${small}): the secret is not the one that goes with this key; enter it again.`,
      `The S3 server at http://127.0.0.1:PORT did not accept the secret access key for access key id BACKROOMTESTKEY (SignatureDoesNotMatch, while deleting ${small}): the secret is not the one that goes with this key; enter it again.`,
    ]);
    for (const { message } of refusals) {
      expect(message).not.toContain(TYPO);
      expect(message).not.toContain(TEST_SECRET_ACCESS_KEY);
    }
    // Nothing arrived, nothing was deleted, and no download was left behind.
    expect(await bucketNames()).toEqual([small]);
    expect(storedObjects()).toEqual([`${small}._S3rver_object`]);
    expect(existsSync(join(world.work, 'back'))).toBe(false);
  });

  it('an access key id the server does not know is named as such', async () => {
    const stranger = { ...s3.destination, accessKeyId: 'SOMEONE-ELSE' };
    const refusals = [
      await refusal(stranger, (bucket) => bucket.check()),
      await refusal(stranger, (bucket) =>
        bucket.download('backroom-2026-12-06T10-00-00Z.backroom-backup', join(world.work, 'back')),
      ),
    ];
    expect(refusals.map(({ problem }) => problem)).toEqual(['unknownKey', 'unknownKey']);
    expect(refusals[0]!.message).toMatch(
      /^The S3 server at http:\/\/127\.0\.0\.1:\d+ does not know the access key id SOMEONE-ELSE \(InvalidAccessKeyId, while listing the backups\): check the access key id\.$/,
    );
    expect(refusals[0]!.message).not.toContain(TEST_SECRET_ACCESS_KEY);
  });

  it('sending with a wrong secret marks nothing uploaded, keeps the local backup, and sends it once the secret is right', async () => {
    const name = await world.verifiedBackup(NOW);
    const localBefore = statSync(join(world.folder, name)).size;
    const error = await sendOffsite({
      folder: world.folder,
      destination: { ...s3.destination, secretAccessKey: TYPO },
      keepRecent: 6,
      now: NOW,
    }).catch((caught: unknown) => caught);
    expect(offsiteProblemOf(error)).toBe('wrongSecret');
    const record = readOffsiteRecord(world.folder);
    expect(record).toMatchObject({ settled: [], failures: 1, lastAttemptAt: NOW.toISOString() });
    expect(record.lastError).toMatch(/did not accept the secret access key for access key id BACKROOMTESTKEY/);
    expect(record.lastError).not.toContain(TYPO);
    expect(await bucketNames()).toEqual([]);
    expect(storedObjects()).toEqual([]);
    expect(listBackups(world.folder)).toMatchObject([{ name, state: 'verified' }]);
    expect(statSync(join(world.folder, name)).size).toBe(localBefore);

    const sent = await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    expect(sent).toEqual({ uploaded: [name], removed: [], inBucket: 1 });
    expect(readOffsiteRecord(world.folder)).toMatchObject({ settled: [name], failures: 0, lastError: null });
  });
});
