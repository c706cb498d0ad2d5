import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemOf } from '../../../electron/backup/problems';
import { openFileSink, type OpenSink } from '../../../electron/backup/sink';
import { restoreToFile } from '../../../electron/backup/verify-backup';
import { openBackupWorld, type BackupWorld } from './backup-fixture';

/** A real file sink on a disk that fills up after `room` bytes, as a full USB stick would. */
function fillingDisk(room: number): OpenSink {
  return async (target) => {
    const sink = await openFileSink(target);
    let used = 0;
    return {
      ...sink,
      async write(bytes, position) {
        used += bytes.length;
        if (used > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        await sink.write(bytes, position);
      },
    };
  };
}

describe('a disk that fills up', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(20_000);
  });
  afterEach(() => world.dispose());

  it('fails the backup in words, and leaves no file that could pass for a backup', async () => {
    const error = await world
      .backUp(new Date(), {
        openSink: fillingDisk(200_000),
      })
      .catch((e: unknown) => e);
    expect(problemOf(error)).toBe('diskFull');
    expect((error as Error).message).toMatch(/disk .* is full/);
    expect(readdirSync(world.folder)).toEqual([]);
    // The staged snapshot beside the database is gone too.
    expect(readdirSync(join(world.t.path, '..')).filter((name) => name.startsWith('.backup-'))).toEqual([]);
  });

  it('fails a restore the same way, leaving nothing at the target', async () => {
    const created = await world.backUp(new Date());
    const error = await restoreToFile({
      backupPath: created.path,
      unlock: { passphraseKey: world.key },
      targetPath: join(world.work, 'restored.sqlite'),
      openSink: fillingDisk(100_000),
    }).catch((e: unknown) => e);
    expect(problemOf(error)).toBe('diskFull');
    expect(readdirSync(world.work)).toEqual([]);
  });
});
