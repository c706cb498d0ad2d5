import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { listBackups } from '../../../electron/backup/backup-list';
import { Bucket } from '../../../electron/backup/offsite/bucket';
import { OFFSITE_VARIABLES } from '../../../electron/backup/offsite/offsite-config';
import { backroom } from '../../helpers/cli';
import { PASSPHRASE, fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';
import { startTestS3, type TestS3 } from './s3-server';

const PASSPHRASE_VARIABLE = 'BACKROOM_BACKUP_PASSPHRASE';

describe('npm run backroom -- backup --s3 / verify --s3 / restore --s3', () => {
  let world: BackupWorld;
  let s3: TestS3;
  beforeEach(async () => {
    world = await openBackupWorld(3000);
    s3 = await startTestS3('cli');
    const { destination } = s3;
    Object.assign(process.env, {
      [PASSPHRASE_VARIABLE]: PASSPHRASE,
      [OFFSITE_VARIABLES.endpoint]: destination.endpoint,
      [OFFSITE_VARIABLES.bucket]: destination.bucket,
      [OFFSITE_VARIABLES.prefix]: destination.prefix,
      [OFFSITE_VARIABLES.accessKeyId]: destination.accessKeyId,
      [OFFSITE_VARIABLES.secretAccessKey]: destination.secretAccessKey,
    });
  });
  afterEach(async () => {
    for (const name of [PASSPHRASE_VARIABLE, ...Object.values(OFFSITE_VARIABLES)]) delete process.env[name];
    await s3.close();
    await world.dispose();
  });

  async function inBucket(): Promise<string[]> {
    const bucket = new Bucket(s3.destination);
    try {
      return (await bucket.list()).map((backup) => backup.name);
    } finally {
      bucket.close();
    }
  }

  it('backs up, verifies and sends; verifies and restores from the bucket by name', async () => {
    const made = await backroom('backup', '--to', world.folder, '--s3', '--db', world.t.path);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^verified: /m);
    expect(made.out).toMatch(/^sent 1 backup\(s\) to backroom-offsite at http:\/\/127\.0\.0\.1:\d+; 1 in the bucket$/m);
    const [name] = await inBucket();
    expect(listBackups(world.folder)).toMatchObject([{ name, state: 'verified' }]);

    const verified = await backroom('verify', name!, '--s3', '--full', '--db', world.t.path);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(new RegExp(`^downloaded ${name!.replaceAll('.', '\\.')} from backroom-offsite`, 'm'));
    expect(verified.out).toMatch(/verified \(with integrity_check\)/);

    const rows = settingsCount(world.t.path);
    fillSettings(sqliteOf(world.t.dataSource), 'later', 25);
    await world.t.dataSource.destroy();
    const restored = await backroom('restore', name!, '--s3', '--yes', '--safety', world.work, '--db', world.t.path);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(settingsCount(world.t.path)).toBe(rows);
    // Only the safety backup is left in the work folder; the download is gone.
    expect(readdirSync(world.work)).toHaveLength(1);
  });

  it('exits 1 with a clear message when the server is down, and keeps the verified local backup', async () => {
    await s3.close();
    const made = await backroom('backup', '--to', world.folder, '--s3', '--db', world.t.path);
    expect(made.code).toBe(1);
    expect(made.out).toMatch(/^verified: /m);
    expect(made.err).toMatch(
      /^backroom backup: Could not reach the S3 server at http:\/\/127\.0\.0\.1:\d+ .*The verified backup in .* is kept\.$/m,
    );
    expect(listBackups(world.folder)).toMatchObject([{ state: 'verified' }]);
    s3 = await startTestS3('cli');
  });

  it('says which variable is missing, and refuses --s3 with --skip-verify before writing anything', async () => {
    delete process.env[OFFSITE_VARIABLES.secretAccessKey];
    const missing = await backroom(
      'verify',
      'backroom-2026-12-06T10-00-00Z.backroom-backup',
      '--s3',
      '--db',
      world.t.path,
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/BACKROOM_S3_SECRET_ACCESS_KEY/);

    const skipped = await backroom('backup', '--to', world.folder, '--s3', '--skip-verify', '--db', world.t.path);
    expect(skipped.code).toBe(2);
    expect(readdirSync(world.folder)).toEqual([]);
  });
});
