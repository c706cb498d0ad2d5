import { open, type FileHandle } from 'node:fs/promises';

/** SQLite's lock-byte page: the page holding byte 2^30 of a file. It holds no data, and locks live on it. */
const LOCK_BYTE_OFFSET = 2 ** 30;
/** Header bytes 18 and 19: the write and read versions, 2 in WAL mode, 1 for a rollback journal. */
const FILE_FORMAT_VERSIONS = 18;

/** Reads a held snapshot's database file in chunks, as a self-contained database. */
export interface SnapshotReader {
  /** The database's bytes: page count × page size, which may be less than the file's size. */
  total: number;
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens the first `bytes` bytes of a database file (all of it by default) for reading. The lock-byte
 * page reads as zeros: SQLite never stores data there, and on Windows the locks other connections
 * hold on it refuse reads. Page 1 reads as a rollback-journal database, so the copy opens on its own
 * with no WAL beside it, as SQLite's backup API leaves it.
 */
export async function openSnapshotReader(path: string, bytes?: number): Promise<SnapshotReader> {
  const handle = await open(path, 'r');
  try {
    const total = bytes ?? (await handle.stat()).size;
    const header = await readExactly(handle, 0, Math.min(total, 100));
    const rawPageSize = header.length >= 18 ? header.readUInt16BE(16) : 0;
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const lockStart = pageSize > 0 && total > LOCK_BYTE_OFFSET ? LOCK_BYTE_OFFSET : Infinity;
    const lockEnd = lockStart + pageSize;
    return {
      total,
      async read(offset, length) {
        const chunk = Buffer.alloc(length);
        const end = offset + length;
        if (end > total) throw new Error('A read past the end of the snapshot.');
        // Outside the lock-byte page: before it and after it.
        const pieces: [number, number][] = [
          [offset, Math.min(end, lockStart)],
          [Math.max(offset, lockEnd), end],
        ];
        for (const [from, to] of pieces) if (to > from) await readInto(handle, chunk, from - offset, to - from, from);
        if (offset === 0 && chunk.length > FILE_FORMAT_VERSIONS + 1) chunk.fill(1, FILE_FORMAT_VERSIONS, 20);
        return chunk;
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readExactly(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  await readInto(handle, bytes, 0, length, position);
  return bytes;
}

async function readInto(handle: FileHandle, into: Buffer, at: number, length: number, position: number) {
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(into, at + read, length - read, position + read);
    if (bytesRead === 0) throw new Error('The database file is shorter than its snapshot.');
    read += bytesRead;
  }
}
