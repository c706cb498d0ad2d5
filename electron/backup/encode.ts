import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import {
  CHUNK_BYTES,
  FINAL_FLAG,
  FORMAT_VERSION,
  FRAME_HEAD_BYTES,
  MANIFEST_SLOT_BYTES,
  chunkAad,
  encodeHeader,
  type BackupHeader,
  type BackupManifest,
} from './format';
import { startHashThread } from './hash-thread';
import { fileKeys, newFileSalt, type PassphraseKey } from './keys';
import { writeFailure } from './problems';
import { CHUNK_DOMAIN, MANIFEST_DOMAIN, checksumSealer, gcmSealer, type Sealer } from './seal';
import { observed } from './observed';
import { openFileSink, type OpenSink } from './sink';
import { openSnapshotReader } from './snapshot-reader';

const compress = promisify(brotliCompress);

/**
 * Chunks being compressed at once. zlib compresses on libuv's thread pool, so while this thread
 * hashes, seals and writes one chunk, the next ones are being compressed on the other cores; the
 * read of the next chunk and the write of the last one run meanwhile too.
 */
const IN_FLIGHT = 4;
/**
 * Brotli at quality 0: measured on database pages it halves the file like deflate level 1 does, at
 * four to five times deflate's speed, which is what keeps a backup near the bare copy's rate.
 */
export const DEFAULT_QUALITY = 0;

export type ManifestFacts = Omit<BackupManifest, 'databaseBytes' | 'sha256' | 'chunks'>;

export interface EncodeOptions {
  /** A database file that does not change while it is read (a held snapshot), read once from start to end. */
  databasePath: string;
  /** How much of the file is the database; all of it by default. */
  databaseBytes?: number;
  backupPath: string;
  facts: ManifestFacts;
  /** Without one the backup is compressed and checksummed but not encrypted. */
  passphraseKey?: PassphraseKey;
  /** Brotli quality, 0 (fastest) to 11. */
  quality?: number;
  signal?: AbortSignal;
  progress?(done: number, total: number): void;
  openSink?: OpenSink;
}

/**
 * Compresses, seals and writes a database file as a backup in one pass, hashing it on the way,
 * with a few chunks in memory at a time whatever the file's size. The file appears under its name
 * only when whole and synced.
 */
export async function encodeBackup(options: EncodeOptions): Promise<{ manifest: BackupManifest; bytes: number }> {
  const { header, sealer } = prepareHeader(options.passphraseKey);
  const headerBytes = encodeHeader(header);
  const source = await openSnapshotReader(options.databasePath, options.databaseBytes);
  let sink;
  try {
    sink = await (options.openSink ?? openFileSink)(options.backupPath);
  } catch (error) {
    await source.close();
    throw writeFailure(error, 'the backup folder');
  }
  let writing: Promise<void> = Promise.resolve();
  const hash = startHashThread();
  try {
    const total = source.total;
    const chunks = Math.max(1, Math.ceil(total / CHUNK_BYTES));
    const brotli = {
      [constants.BROTLI_PARAM_QUALITY]: options.quality ?? DEFAULT_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: CHUNK_BYTES,
    };
    const readChunk = (index: number) =>
      observed(source.read(index * CHUNK_BYTES, Math.min(CHUNK_BYTES, total - index * CHUNK_BYTES)));
    const pending: Promise<Buffer>[] = [];
    let position = headerBytes.length + MANIFEST_SLOT_BYTES;
    writing = sink.write(Buffer.concat([headerBytes, Buffer.alloc(MANIFEST_SLOT_BYTES)]), 0);

    let sealed = 0;
    const sealNext = async () => {
      const compressed = await pending.shift()!;
      const index = sealed++;
      const flags = index === chunks - 1 ? FINAL_FLAG : 0;
      const { payload, tag } = sealer.seal(compressed, chunkAad(index, flags), CHUNK_DOMAIN, index);
      const head = Buffer.alloc(FRAME_HEAD_BYTES);
      head.writeUInt32BE(payload.length);
      head.writeUInt8(flags, 4);
      const frame = Buffer.concat([head, payload, tag]);
      // One write in flight: the next chunks are sealed while this one goes to disk.
      await writing;
      writing = observed(sink.write(frame, position));
      position += frame.length;
      options.progress?.(Math.min(total, sealed * CHUNK_BYTES), total);
    };

    let next = readChunk(0);
    for (let index = 0; index < chunks; index++) {
      options.signal?.throwIfAborted();
      const plain = await next;
      if (index + 1 < chunks) next = readChunk(index + 1);
      await hash.update(plain);
      pending.push(observed(compress(plain, { params: brotli })));
      if (pending.length >= IN_FLIGHT) await sealNext();
    }
    while (pending.length > 0) await sealNext();
    await writing;

    const manifest: BackupManifest = { ...options.facts, databaseBytes: total, sha256: await hash.digest(), chunks };
    await sink.write(sealManifest(manifest, headerBytes, sealer), headerBytes.length);
    await sink.commit();
    return { manifest, bytes: position };
  } catch (error) {
    await writing.catch(() => undefined);
    await hash.stop();
    await sink.abandon();
    if ((error as Error | null)?.name === 'AbortError') throw error;
    throw writeFailure(error, 'the backup');
  } finally {
    await source.close();
  }
}

function prepareHeader(passphraseKey: PassphraseKey | undefined): { header: BackupHeader; sealer: Sealer } {
  const base = { format: FORMAT_VERSION, compression: 'brotli', chunkBytes: CHUNK_BYTES } as const;
  if (!passphraseKey) return { header: base, sealer: checksumSealer };
  const fileSalt = newFileSalt();
  const keys = fileKeys(passphraseKey.key, fileSalt);
  return {
    header: {
      ...base,
      encryption: {
        cipher: 'aes-256-gcm',
        kdf: passphraseKey.kdf,
        fileSalt: fileSalt.toString('base64'),
        keyCheck: keys.keyCheck.toString('base64'),
      },
    },
    sealer: gcmSealer(keys.cipherKey),
  };
}

/** The manifest's slot: length, sealed JSON, tag, zeros. The tag also covers the header. */
function sealManifest(manifest: BackupManifest, headerBytes: Buffer, sealer: Sealer): Buffer {
  const { payload, tag } = sealer.seal(Buffer.from(JSON.stringify(manifest), 'utf8'), headerBytes, MANIFEST_DOMAIN, 0);
  const slot = Buffer.alloc(MANIFEST_SLOT_BYTES);
  if (4 + payload.length + tag.length > MANIFEST_SLOT_BYTES) throw new Error('The manifest does not fit its slot.');
  slot.writeUInt32BE(payload.length);
  payload.copy(slot, 4);
  tag.copy(slot, 4 + payload.length);
  return slot;
}
