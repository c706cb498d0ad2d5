import Database from 'better-sqlite3';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows } from '../../../electron/backup/facts';
import { CHUNK_BYTES, FRAME_HEAD_BYTES, MAGIC, MANIFEST_SLOT_BYTES, TAG_BYTES } from '../../../electron/backup/format';
import { problemOf } from '../../../electron/backup/problems';
import { holdSnapshot } from '../../../electron/backup/snapshot';
import { restoreToFile, verifyBackup } from '../../../electron/backup/verify-backup';
import { fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';

/** Enough rows for a database of a dozen chunks: more than are read ahead, so the app writes between reads. */
const ROWS = 200_000;

describe('a backup read straight from the live database file', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(ROWS);
  });
  afterEach(() => world.dispose());

  const restoredCopy = async (backupPath: string) => {
    const target = join(world.work, 'restored.sqlite');
    await restoreToFile({ backupPath, unlock: { passphraseKey: world.key }, targetPath: target });
    return target;
  };

  it('holds the database as it began while the app writes and checkpoints, with nothing staged', async () => {
    const writer = new Database(world.t.path);
    writer.pragma('busy_timeout = 100');
    const before = settingsCount(world.t.path);
    let chunksWritten = 0;
    let written = 0;
    const created = await world.backUp(new Date('2026-12-06T21:00:00Z'), {
      workFolder: world.work,
      progress: ({ phase }) => {
        expect(phase).toBe('compress');
        chunksWritten++;
        // Enough pages to trigger the automatic checkpoint, which must leave the held file alone.
        fillSettings(writer, `during.${chunksWritten}`, 2000);
        written += 2000;
        writer.pragma('wal_checkpoint(PASSIVE)');
      },
    });
    writer.close();

    expect(created.manifest.chunks).toBeGreaterThanOrEqual(10);
    expect(chunksWritten).toBe(created.manifest.chunks);
    expect(created.manifest.tables.settings).toBe(before);
    expect(settingsCount(world.t.path)).toBe(before + written);

    const restored = await restoredCopy(created.path);
    const copy = new Database(restored, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(countRows(copy).settings).toBe(before);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
  });

  it('reads the live file when the WAL can be emptied, and stages a copy while a reader holds an older snapshot', async () => {
    const live = await holdSnapshot(world.t.path, world.work);
    expect(live.live).toBe(true);
    expect(live.path).toBe(world.t.path);
    await live.release();

    const reader = new Database(world.t.path, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT COUNT(*) FROM "settings"').get();
    const writer = new Database(world.t.path);
    fillSettings(writer, 'after-reader', 500);
    const staged = await holdSnapshot(world.t.path, world.work);
    try {
      expect(staged.live).toBe(false);
      expect(staged.path.startsWith(world.work)).toBe(true);
      // The staged copy is the database now, not the older state the reader still sees.
      expect(countRows(staged.sql).settings).toBe(ROWS + 500);
    } finally {
      await staged.release();
    }

    const created = await world.backUp(new Date('2026-12-06T21:05:00Z'), {
      workFolder: world.work,
    });
    reader.exec('COMMIT');
    reader.close();
    writer.close();
    expect(created.manifest.tables.settings).toBe(ROWS + 500);
    expect(settingsCount(await restoredCopy(created.path))).toBe(ROWS + 500);
  });

  it('refuses a backup cut at a chunk boundary or with bytes after its last chunk', async () => {
    const created = await world.backUp(new Date('2026-12-06T21:10:00Z'), { passphraseKey: undefined });
    expect(created.manifest.databaseBytes).toBeGreaterThan(2 * CHUNK_BYTES);
    const original = readFileSync(created.path);
    const framesAt = MAGIC.length + 4 + original.readUInt32BE(MAGIC.length) + MANIFEST_SLOT_BYTES;
    const firstFrameEnd = framesAt + FRAME_HEAD_BYTES + original.readUInt32BE(framesAt) + TAG_BYTES;
    const refusal = async (bytes: Buffer) => {
      writeFileSync(created.path, bytes);
      return problemOf(
        await verifyBackup({ backupPath: created.path, unlock: null, workFolder: world.work }).catch((e: unknown) => e),
      );
    };

    expect(await refusal(original.subarray(0, firstFrameEnd))).toBe('damaged');
    expect(await refusal(original.subarray(0, firstFrameEnd + 3))).toBe('damaged');
    writeFileSync(created.path, original);
    appendFileSync(created.path, Buffer.from('tail'));
    expect(await refusal(readFileSync(created.path))).toBe('damaged');
    writeFileSync(created.path, original);
    const verified = await verifyBackup({ backupPath: created.path, unlock: null, workFolder: world.work });
    expect(verified.manifest.chunks).toBe(created.manifest.chunks);
  });
});
