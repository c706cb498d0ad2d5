import type { ByteOrderMark } from './inspect-file';

/**
 * The encoding a CSV file is read in: its byte-order mark if it has one, else the one asked for,
 * else UTF-8 when the first bytes are valid UTF-8 and Windows-1252 (what Excel on Windows writes as
 * "CSV") when they are not.
 */
export function chooseEncoding(
  head: Buffer,
  whole: boolean,
  bom: ByteOrderMark,
  asked: 'utf-8' | 'windows-1252' | undefined,
): 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' {
  if (bom) return bom.encoding;
  if (asked) return asked;
  return isUtf8(head, whole) ? 'utf-8' : 'windows-1252';
}

/** A sample cut off mid-file may end inside a character: that is not a fault. */
function isUtf8(bytes: Buffer, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}
