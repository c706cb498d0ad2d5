import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../shared/errors';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

const damaged = (reason: string): AppError =>
  new AppError('VALIDATION', 'This Excel workbook cannot be read; it may be damaged.', { reason });

/**
 * A zip's table of contents, read from its end. Reading by the directory lets a caller take the
 * parts it needs in the order it needs them, whatever order the writer stored them in.
 */
export async function readZipDirectory(path: string): Promise<Map<string, ZipEntry>> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const read = async (position: number, length: number): Promise<Buffer> => {
      if (position < 0 || position + length > size) throw damaged('a zip record lies outside the file');
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, position);
      if (bytesRead !== length) throw damaged('the file ended inside a zip record');
      return buffer;
    };

    const tailStart = Math.max(0, size - END_SEARCH);
    const tail = await read(tailStart, size - tailStart);
    let end = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) throw damaged('no zip directory at the end of the file');

    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = tailStart + end - 20;
      const located = await read(locator, 20);
      if (located.readUInt32LE(0) !== ZIP64_LOCATOR) throw damaged('a large zip without its zip64 locator');
      const record = await read(Number(located.readBigUInt64LE(8)), 56);
      if (record.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY) throw damaged('a broken zip64 directory record');
      count = Number(record.readBigUInt64LE(32));
      directorySize = Number(record.readBigUInt64LE(40));
      directoryOffset = Number(record.readBigUInt64LE(48));
    }

    const directory = await read(directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let index = 0; index < count; index++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
        throw damaged('a broken zip directory entry');
      }
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      const sizes = zip64Sizes(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), {
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      });
      entries.set(name, {
        name,
        method: directory.readUInt16LE(at + 10),
        compressedSize: sizes.compressedSize,
        localHeaderOffset: sizes.localHeaderOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** A zip64 extra field holds, in this order, each size the 32-bit field had no room for. */
function zip64Sizes(
  extra: Buffer,
  sizes: { compressedSize: number; size: number; localHeaderOffset: number },
): { compressedSize: number; localHeaderOffset: number } {
  let { compressedSize, localHeaderOffset } = sizes;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (sizes.size === 0xffffffff) next();
      if (sizes.compressedSize === 0xffffffff) compressedSize = next();
      if (sizes.localHeaderOffset === 0xffffffff) localHeaderOffset = next();
    }
    at += 4 + length;
  }
  return { compressedSize, localHeaderOffset };
}

/**
 * One entry's contents as a stream, inflated as they are read. `onBytes` hears each chunk of the
 * stored (compressed) bytes, so a caller can report progress through the file.
 */
export async function openZipEntry(
  path: string,
  entry: ZipEntry,
  onBytes: (count: number) => void = () => {},
): Promise<Readable> {
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw damaged(`${entry.name} is compressed with method ${entry.method}`);
  }
  const file = await open(path, 'r');
  let header: Buffer;
  try {
    header = Buffer.alloc(30);
    const { bytesRead } = await file.read(header, 0, 30, entry.localHeaderOffset);
    if (bytesRead !== 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw damaged(`no local header for ${entry.name}`);
  } finally {
    await file.close();
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const stored = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  // pipeline carries a failure at any stage (a read error, a corrupt deflate stream) to the
  // stream handed back, and closes the others with it.
  const ignore = (): void => {};
  return entry.method === STORED
    ? pipeline(stored, counted, ignore)
    : pipeline(stored, counted, createInflateRaw(), ignore);
}
