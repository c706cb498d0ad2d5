import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { listBackups, recordState } from '../../../electron/backup/backup-list';
import { Bucket } from '../../../electron/backup/offsite/bucket';
import { withOffsiteBackup } from '../../../electron/backup/offsite/fetch-offsite';
import { offsiteProblemOf } from '../../../electron/backup/offsite/offsite-errors';
import { readOffsiteRecord } from '../../../electron/backup/offsite/offsite-record';
import { sendOffsite } from '../../../electron/backup/offsite/send-offsite';
import { problemOf } from '../../../electron/backup/problems';
import { restoreBackup } from '../../../electron/backup/restore-backup';
import { verifyBackup } from '../../../electron/backup/verify-backup';
import { fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';
import { startTestS3, TEST_BUCKET, type TestS3 } from './s3-server';

const NOW = new Date('2026-12-06T12:00:00Z');

describe('backups sent to an S3-compatible bucket', () => {
  let world: BackupWorld;
  let s3: TestS3;
  beforeEach(async () => {
    world = await openBackupWorld(3000);
    s3 = await startTestS3();
  });
  afterEach(async () => {
    await s3.close();
    await world.dispose();
  });

  /** Copies of one verified backup under older names: the name is what says when a backup was taken. */
  function copiesAt(source: string, hoursAgo: number[]): string[] {
    return hoursAgo.map((hours) => {
      const stamp = new Date(NOW.getTime() - hours * 3_600_000)
        .toISOString()
        .replace(/:/g, '-')
        .replace(/\.\d+Z$/, 'Z');
      const name = `backroom-${stamp}.backroom-backup`;
      copyFileSync(join(world.folder, source), join(world.folder, name));
      recordState(world.folder, name, { state: 'verified', checkedAt: NOW.toISOString() });
      return name;
    });
  }

  function localFiles(): Record<string, number> {
    return Object.fromEntries(readdirSync(world.folder).map((name) => [name, statSync(join(world.folder, name)).size]));
  }

  it('uploads a verified backup under the prefix once, and lists it from the bucket', async () => {
    const name = await world.verifiedBackup(NOW);
    const sent = await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    expect(sent).toEqual({ uploaded: [name], removed: [], inBucket: 1 });

    const bucket = new Bucket(s3.destination);
    try {
      expect(await bucket.list()).toEqual([
        { name, bytes: statSync(join(world.folder, name)).size, createdAt: NOW.toISOString() },
      ]);
      expect(await bucket.check()).toBe(1);
      // Another prefix of the same bucket is another store's: it sees none of these.
      const other = new Bucket({ ...s3.destination, prefix: 'store-10' });
      expect(await other.list()).toEqual([]);
      other.close();
    } finally {
      bucket.close();
    }
    expect(readdirSync(join(s3.directory, TEST_BUCKET, 'store-1'))).toContain(`${name}._S3rver_object`);

    const again = await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    expect(again.uploaded).toEqual([]);
    expect(readOffsiteRecord(world.folder)).toMatchObject({ settled: [name], failures: 0, lastError: null });
  });

  it('thins the bucket by the same retention rule as the folder, and leaves the folder alone', async () => {
    const newest = await world.verifiedBackup(NOW);
    const older = copiesAt(newest, [1, 2, 30]);
    await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    const before = localFiles();

    // Keep one recent: of today's three only the newest stays; yesterday's stays as that day's newest.
    const sent = await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 1, now: NOW });
    expect(sent.uploaded).toEqual([]);
    expect(sent.removed.sort()).toEqual([older[0], older[1]].sort());
    const bucket = new Bucket(s3.destination);
    try {
      expect((await bucket.list()).map((backup) => backup.name)).toEqual([newest, older[2]]);
    } finally {
      bucket.close();
    }
    expect(localFiles()).toEqual(before);
  });

  it('does not send a backup the rule would drop at once, nor one that is not verified', async () => {
    const newest = await world.verifiedBackup(NOW);
    const [hourOld] = copiesAt(newest, [1]);
    const unverified = copiesAt(newest, [0.5])[0]!;
    recordState(world.folder, unverified, { state: 'failed', checkedAt: NOW.toISOString(), error: 'damaged' });
    const sent = await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 1, now: NOW });
    expect(sent.uploaded).toEqual([newest]);
    expect(readOffsiteRecord(world.folder).settled.sort()).toEqual([hourOld, newest].sort());
  });

  it('downloads a backup back, verifies it and restores it', async () => {
    const name = await world.verifiedBackup(NOW);
    await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    const rows = settingsCount(world.t.path);
    fillSettings(sqliteOf(world.t.dataSource), 'later', 40);

    const verified = await withOffsiteBackup(s3.destination, name, world.work, (path) =>
      verifyBackup({ backupPath: path, unlock: { passphraseKey: world.key }, workFolder: world.work, full: true }),
    );
    expect(verified.integrityChecked).toBe(true);
    expect(verified.manifest.tables.settings).toBe(rows);
    // The download is staged in the work folder and gone afterwards.
    expect(readdirSync(world.work)).toEqual([]);

    await world.t.dataSource.destroy();
    const restored = await withOffsiteBackup(s3.destination, name, world.work, (path) =>
      restoreBackup({
        backupPath: path,
        unlock: { passphraseKey: world.key },
        databasePath: world.t.path,
        safetyFolder: world.work,
        safetyKey: world.key,
        now: new Date(),
        release: () => Promise.resolve(),
      }),
    );
    expect(restored.manifest.sha256).toBe(verified.manifest.sha256);
    expect(settingsCount(world.t.path)).toBe(rows);
  });

  it('refuses a damaged object on verify', async () => {
    const name = await world.verifiedBackup(NOW);
    await sendOffsite({ folder: world.folder, destination: s3.destination, keepRecent: 6, now: NOW });
    const object = join(s3.directory, TEST_BUCKET, 'store-1', `${name}._S3rver_object`);
    const bytes = readFileSync(object);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1000) ^ 4, bytes.length - 1000);
    writeFileSync(object, bytes);

    const verify = withOffsiteBackup(s3.destination, name, world.work, (path) =>
      verifyBackup({ backupPath: path, unlock: { passphraseKey: world.key }, workFolder: world.work }),
    );
    const error = await verify.catch((caught: unknown) => caught);
    expect(problemOf(error)).toBe('damaged');
    expect(readdirSync(world.work)).toEqual([]);
    // The copy in the folder is whole.
    await verifyBackup({
      backupPath: join(world.folder, name),
      unlock: { passphraseKey: world.key },
      workFolder: world.work,
    });
  });

  it('says clearly when the server cannot be reached, counts the failure, and loses nothing locally', async () => {
    const name = await world.verifiedBackup(NOW);
    const before = localFiles();
    await s3.close();
    const error = await sendOffsite({
      folder: world.folder,
      destination: s3.destination,
      keepRecent: 6,
      now: NOW,
    }).catch((caught: unknown) => caught);
    expect(offsiteProblemOf(error)).toBe('unreachable');
    expect((error as Error).message).toMatch(
      /^Could not reach the S3 server at http:\/\/127\.0\.0\.1:\d+ while listing/,
    );
    const record = readOffsiteRecord(world.folder);
    expect(record).toMatchObject({ failures: 1, settled: [], lastAttemptAt: NOW.toISOString() });
    expect(record.lastError).toMatch(/Could not reach/);
    const after = localFiles();
    delete after['backroom-offsite.json'];
    expect(after).toEqual(before);
    expect(listBackups(world.folder)).toMatchObject([{ name, state: 'verified' }]);
    s3 = await startTestS3();
  });

  it('sends a file larger than a part in parts and brings it back byte for byte', async () => {
    const name = 'backroom-2026-12-06T11-00-00Z.backroom-backup';
    const path = join(world.work, name);
    const bytes = randomBytes(19 * 1024 * 1024);
    writeFileSync(path, bytes);
    const seen: number[] = [];
    const bucket = new Bucket(s3.destination);
    try {
      await bucket.upload(path, name, { progress: (done) => seen.push(done) });
      expect(seen.at(-1)).toBe(bytes.length);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      const back = join(world.work, 'back');
      await bucket.download(name, back);
      expect(createHash('sha256').update(readFileSync(back)).digest('hex')).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    } finally {
      bucket.close();
    }
  });

  it('names a missing bucket', async () => {
    const missing = new Bucket({ ...s3.destination, bucket: 'no-such-bucket' });
    const error = await missing.check().catch((caught: unknown) => caught);
    expect(offsiteProblemOf(error)).toBe('noBucket');
    expect((error as Error).message).toMatch(
      /^There is no bucket named no-such-bucket at http:\/\/127\.0\.0\.1:\d+\.$/,
    );
    missing.close();
  });
});
