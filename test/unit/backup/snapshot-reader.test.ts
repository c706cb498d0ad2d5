import { mkdtempSync, openSync, rmSync, writeSync, closeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSnapshotReader } from '../../../electron/backup/snapshot-reader';

const PAGE = 4096;
const LOCK_BYTE_OFFSET = 2 ** 30;

describe('reading a held snapshot file', () => {
  let folder: string;
  let path: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'backroom-reader-'));
    path = join(folder, 'db.sqlite');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** A sparse file past 1 GiB: a WAL-mode header on page 1, and bytes everywhere that matters. */
  const writeFile = (pages: number, extraBytes = 0) => {
    const fd = openSync(path, 'w');
    try {
      ftruncateSync(fd, pages * PAGE + extraBytes);
      const header = Buffer.alloc(100);
      header.write('SQLite format 3\0', 'latin1');
      header.writeUInt16BE(PAGE, 16);
      header.fill(2, 18, 20);
      writeSync(fd, header, 0, header.length, 0);
      for (const at of [LOCK_BYTE_OFFSET - PAGE, LOCK_BYTE_OFFSET, LOCK_BYTE_OFFSET + PAGE])
        writeSync(fd, Buffer.alloc(PAGE, 0xab), 0, PAGE, at);
    } finally {
      closeSync(fd);
    }
  };

  it('reads the lock-byte page as zeros and the pages around it as they are', async () => {
    writeFile(LOCK_BYTE_OFFSET / PAGE + 4);
    const reader = await openSnapshotReader(path);
    try {
      const around = await reader.read(LOCK_BYTE_OFFSET - PAGE, 3 * PAGE);
      expect(around.subarray(0, PAGE).every((byte) => byte === 0xab)).toBe(true);
      expect(around.subarray(PAGE, 2 * PAGE).every((byte) => byte === 0)).toBe(true);
      expect(around.subarray(2 * PAGE).every((byte) => byte === 0xab)).toBe(true);
      // A read that starts inside the lock-byte page.
      const inside = await reader.read(LOCK_BYTE_OFFSET + 100, PAGE);
      expect(inside.subarray(0, PAGE - 100).every((byte) => byte === 0)).toBe(true);
      expect(inside.subarray(PAGE - 100).every((byte) => byte === 0xab)).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('gives page 1 as a rollback-journal database, and stops at the snapshot’s size', async () => {
    writeFile(8, PAGE);
    const reader = await openSnapshotReader(path, 8 * PAGE);
    try {
      expect(reader.total).toBe(8 * PAGE);
      const first = await reader.read(0, PAGE);
      expect(first.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
      expect([first[18], first[19]]).toEqual([1, 1]);
      await expect(reader.read(7 * PAGE, 2 * PAGE)).rejects.toThrow();
    } finally {
      await reader.close();
    }
  });
});
