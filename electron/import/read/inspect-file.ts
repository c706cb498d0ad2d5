import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';

/** How much of the start of a file is looked at to tell what it is. */
export const HEAD_BYTES = 64 * 1024;
/** A workbook's central directory (its list of entries) sits in the last few KiB of the zip. */
const TAIL_BYTES = 64 * 1024;

export type ByteOrderMark = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null;

export type InspectedFile =
  { kind: 'zip'; size: number } | { kind: 'text'; size: number; head: Buffer; bom: ByteOrderMark; whole: boolean };

/**
 * Tells a workbook from text from anything else by the first (and for a zip the last) bytes,
 * without reading the whole file. Refuses with VALIDATION an empty file, a binary file, an old
 * Excel (.xls) file and a zip that is not an Excel workbook.
 */
export async function inspectFile(path: string): Promise<InspectedFile> {
  const handle = await open(path, 'r').catch(() => {
    throw new AppError('NOT_FOUND', 'The file could not be opened.');
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new AppError('VALIDATION', 'This is a folder, not a file.');
    const { size } = stats;
    if (size === 0) throw new AppError('VALIDATION', 'The file is empty.');
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
      const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
      await handle.read(tail, 0, tail.length, size - tail.length);
      if (!tail.includes('xl/workbook.xml')) {
        throw new AppError('VALIDATION', 'This file is a zip archive, not an Excel workbook or a CSV file.');
      }
      return { kind: 'zip', size };
    }
    if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new AppError('VALIDATION', 'This is an old Excel file (.xls); save it as .xlsx or CSV and try again.');
    }
    const bom = byteOrderMark(head);
    if (bom === null || bom.encoding === 'utf-8') refuseBinary(head);
    return { kind: 'text', size, head, bom, whole: size === head.length };
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export function byteOrderMark(head: Buffer): ByteOrderMark {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Text files (UTF-8 or a single-byte code page) hold no NUL and almost no other control bytes;
 * images, archives, databases and executables are full of them. A stray form feed or DOS end-of-file
 * byte is tolerated.
 */
function refuseBinary(head: Buffer): void {
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) throw notText();
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  if (controls > 8 && controls * 100 > head.length) throw notText();
}

function notText(): AppError {
  return new AppError(
    'VALIDATION',
    'This file is not a table: it holds binary data, not text. Choose a CSV or Excel (.xlsx) file.',
  );
}
