import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import {
  CHUNK_BYTES,
  FINAL_FLAG,
  FORMAT_VERSION,
  FRAME_HEAD_BYTES,
  MAGIC,
  MANIFEST_SLOT_BYTES,
  TAG_BYTES,
  chunkAad,
  type BackupHeader,
  type BackupManifest,
} from './format';
import { startHashThread } from './hash-thread';
import { derivePassphraseKey, fileKeys, sameBytes, type PassphraseKey } from './keys';
import { backupRefused, writeFailure } from './problems';
import { CHUNK_DOMAIN, MANIFEST_DOMAIN, checksumSealer, gcmSealer, type Sealer } from './seal';
import { observed } from './observed';
import type { Sink } from './sink';

const decompress = promisify(brotliDecompress);
const IN_FLIGHT = 4;

/** The passphrase as typed, or the key kept for scheduled backups. */
export type Unlock = { passphrase: string } | { passphraseKey: PassphraseKey } | null;

export interface OpenedBackup {
  header: BackupHeader;
  manifest: BackupManifest;
  encrypted: boolean;
  /** Where the first frame starts. */
  framesAt: number;
  size: number;
  sealer: Sealer;
}

/**
 * Reads a backup's header and manifest: refuses what is not a backup, a wrong passphrase (told by
 * the key check, before anything else is tried) and a manifest that was changed.
 */
export async function openBackup(handle: FileHandle, unlock: Unlock): Promise<OpenedBackup> {
  const size = (await handle.stat()).size;
  const start = await readAt(handle, 0, Math.min(size, MAGIC.length + 4));
  if (start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC))
    throw backupRefused('notABackup', 'This file is not a Backroom backup.');
  const headerLength = start.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerLength > MANIFEST_SLOT_BYTES || headerEnd + MANIFEST_SLOT_BYTES > size)
    throw backupRefused('damaged', 'This backup is damaged: its header is cut short.');
  const headerBytes = await readAt(handle, 0, headerEnd);
  let header: BackupHeader;
  try {
    header = JSON.parse(headerBytes.subarray(MAGIC.length + 4).toString('utf8')) as BackupHeader;
  } catch {
    throw backupRefused('damaged', 'This backup is damaged: its header cannot be read.');
  }
  if (header.format !== FORMAT_VERSION)
    throw backupRefused(
      'notABackup',
      `This backup was written in format ${header.format}, which this version cannot read.`,
    );

  const sealer = await unlockSealer(header, unlock);
  const slot = await readAt(handle, headerEnd, MANIFEST_SLOT_BYTES);
  const length = slot.readUInt32BE(0);
  const plain =
    length + 4 + TAG_BYTES <= MANIFEST_SLOT_BYTES
      ? sealer.open(
          slot.subarray(4, 4 + length),
          slot.subarray(4 + length, 4 + length + TAG_BYTES),
          headerBytes,
          MANIFEST_DOMAIN,
          0,
        )
      : null;
  if (!plain) throw backupRefused('damaged', 'This backup is damaged or was changed: its manifest does not check out.');
  const manifest = JSON.parse(plain.toString('utf8')) as BackupManifest;
  return {
    header,
    manifest,
    encrypted: Boolean(header.encryption),
    framesAt: headerEnd + MANIFEST_SLOT_BYTES,
    size,
    sealer,
  };
}

/**
 * The header's key section (scrypt's parameters, the salts, the key check value) is sealed with
 * nothing but the key it leads to, so a changed byte in it looks just like another passphrase:
 * the refusals say it may be either. Only parameters scrypt cannot take at all are damage for sure.
 */
async function unlockSealer(header: BackupHeader, unlock: Unlock): Promise<Sealer> {
  const encryption = header.encryption;
  if (!encryption) return checksumSealer;
  if (!unlock) throw backupRefused('passphraseRequired', 'This backup is encrypted: give its passphrase.');
  if (!usableKdf(encryption.kdf))
    throw backupRefused('damaged', "This backup is damaged: its key section's scrypt parameters are not usable.");
  const key =
    'passphrase' in unlock
      ? (await derivePassphraseKey(unlock.passphrase, encryption.kdf)).key
      : sameKdf(unlock.passphraseKey, encryption.kdf)
        ? unlock.passphraseKey.key
        : (() => {
            throw backupRefused(
              'wrongPassphrase',
              'This backup was made with another passphrase, or its key section is damaged: give its passphrase.',
            );
          })();
  const keys = fileKeys(key, Buffer.from(encryption.fileSalt, 'base64'));
  if (!sameBytes(keys.keyCheck, Buffer.from(encryption.keyCheck, 'base64')))
    throw backupRefused('wrongPassphrase', "Wrong passphrase, or the backup's key section is damaged.");
  return gcmSealer(keys.cipherKey);
}

/** What scrypt accepts: N a power of two above 1, r and p whole and positive. Read from the file, so unchecked yet. */
function usableKdf(kdf: PassphraseKey['kdf']): boolean {
  const whole = (value: number) => Number.isSafeInteger(value) && value > 0;
  return (
    kdf.algorithm === 'scrypt' &&
    whole(kdf.N) &&
    kdf.N > 1 &&
    Number.isInteger(Math.log2(kdf.N)) &&
    whole(kdf.r) &&
    whole(kdf.p)
  );
}

function sameKdf(key: PassphraseKey, kdf: PassphraseKey['kdf']): boolean {
  return key.kdf.salt === kdf.salt && key.kdf.N === kdf.N && key.kdf.r === kdf.r && key.kdf.p === kdf.p;
}

export interface ExtractOptions {
  /** Where the database goes; without it the chunks are only checked. */
  sink?: Sink;
  signal?: AbortSignal;
  progress?(done: number, total: number): void;
}

/**
 * Opens every chunk in order, checks each seal, the final flag, the chunk count and the checksum of
 * the whole, and writes the database to the sink. Any failure throws before the sink is committed.
 * The next frame is read while this one is opened, a few chunks decompress at once on zlib's thread
 * pool, and one write runs while the next chunks are checked.
 */
export async function extractDatabase(
  handle: FileHandle,
  opened: OpenedBackup,
  options: ExtractOptions,
): Promise<void> {
  const { manifest, sealer } = opened;
  const hash = startHashThread();
  const pending: Promise<Buffer>[] = [];
  let writing: Promise<void> = Promise.resolve();
  let plainBytes = 0;
  let index = 0;
  let final = false;

  const takeNext = async () => {
    const plain = await pending.shift()!.catch(() => {
      throw backupRefused('damaged', 'This backup is damaged: a chunk does not decompress.');
    });
    await hash.update(plain);
    await writing;
    if (options.sink)
      writing = observed(
        options.sink.write(plain, plainBytes).catch((error: unknown) => {
          throw writeFailure(error, 'the restored database');
        }),
      );
    plainBytes += plain.length;
    options.progress?.(plainBytes, manifest.databaseBytes);
  };

  try {
    // Each read takes a frame and the head of the one after it.
    if (opened.framesAt + FRAME_HEAD_BYTES > opened.size)
      throw backupRefused('damaged', 'This backup is cut short: its last chunk is missing.');
    let frame = observed(
      readFrame(handle, opened, opened.framesAt, await readAt(handle, opened.framesAt, FRAME_HEAD_BYTES)),
    );
    let position = opened.framesAt;
    while (!final) {
      options.signal?.throwIfAborted();
      const { head, body, end, nextHead } = await frame;
      const flags = head.readUInt8(4);
      final = (flags & FINAL_FLAG) !== 0;
      if (!final) {
        if (!nextHead) throw backupRefused('damaged', 'This backup is cut short: its last chunk is missing.');
        frame = observed(readFrame(handle, opened, end, nextHead));
      }
      const length = body.length - TAG_BYTES;
      const plain = sealer.open(
        body.subarray(0, length),
        body.subarray(length),
        chunkAad(index, flags),
        CHUNK_DOMAIN,
        index,
      );
      if (!plain)
        throw backupRefused(
          'damaged',
          `This backup is damaged or was changed (chunk ${index + 1} of ${manifest.chunks} does not check out).`,
        );
      // One output buffer for the whole chunk: zlib's default 16 KiB would take hundreds of trips to the pool per chunk.
      pending.push(observed(decompress(plain, { chunkSize: CHUNK_BYTES })));
      if (pending.length >= IN_FLIGHT) await takeNext();
      position = end;
      index++;
    }
    while (pending.length > 0) await takeNext();
    await writing;

    if (position !== opened.size) throw backupRefused('damaged', 'This backup has bytes after its last chunk.');
  } catch (error) {
    await writing.catch(() => undefined);
    await hash.stop();
    throw error;
  }
  if (index !== manifest.chunks || plainBytes !== manifest.databaseBytes || (await hash.digest()) !== manifest.sha256)
    throw backupRefused(
      'damaged',
      "This backup is damaged: the database it holds does not match its manifest's checksum.",
    );
}

interface Frame {
  head: Buffer;
  /** The sealed payload and its tag. */
  body: Buffer;
  end: number;
  /** The head of the frame after this one; null at the end of the file. */
  nextHead: Buffer | null;
}

/** Reads the frame whose head was read at `position`, with the next frame's head in the same read. */
async function readFrame(handle: FileHandle, opened: OpenedBackup, position: number, head: Buffer): Promise<Frame> {
  const length = head.readUInt32BE(0);
  const end = position + FRAME_HEAD_BYTES + length + TAG_BYTES;
  if (end > opened.size) throw backupRefused('damaged', 'This backup is cut short inside a chunk.');
  const withNext = Math.min(opened.size, end + FRAME_HEAD_BYTES);
  const bytes = await readAt(handle, position + FRAME_HEAD_BYTES, withNext - position - FRAME_HEAD_BYTES);
  const bodyLength = length + TAG_BYTES;
  return {
    head,
    body: bytes.subarray(0, bodyLength),
    end,
    nextHead: bytes.length === bodyLength + FRAME_HEAD_BYTES ? bytes.subarray(bodyLength) : null,
  };
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(bytes, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return bytes.subarray(0, read);
}

export async function withBackupFile<T>(path: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw backupRefused('notABackup', 'The backup file cannot be opened.');
  }
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}
