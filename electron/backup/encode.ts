import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
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
import { fileKeys, newFileSalt, type PassphraseKey } from './keys';
import { writeFailure } from './problems';
import { CHUNK_DOMAIN, MANIFEST_DOMAIN, checksumSealer, gcmSealer, type Sealer } from './seal';
import { openFileSink, type OpenSink } from './sink';

const compress = promisify(brotliCompress);

/**
 * Chunks compressed at once. zlib compresses on libuv's thread pool, so while this thread hashes,
 * seals and writes one chunk, the next ones are being compressed on other cores.
 */
const IN_FLIGHT = 4;
/**
 * Brotli at quality 0: measured on database pages it halves the file like deflate level 1 does, at
 * four to five times deflate's speed, which is what keeps a backup near the bare copy's rate.
 */
export const DEFAULT_QUALITY = 0;

export type ManifestFacts = Omit<BackupManifest, 'databaseBytes' | 'sha256' | 'chunks'>;

export interface EncodeOptions {
  /** A finished, closed database file (a snapshot), read once from start to end. */
  databasePath: string;
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
  const source = await open(options.databasePath, 'r');
  let sink;
  try {
    sink = await (options.openSink ?? openFileSink)(options.backupPath);
  } catch (error) {
    await source.close();
    throw writeFailure(error, 'the backup folder');
  }
  try {
    const total = (await source.stat()).size;
    const chunks = Math.max(1, Math.ceil(total / CHUNK_BYTES));
    const hash = createHash('sha256');
    const pending: Promise<Buffer>[] = [];
    let position = headerBytes.length + MANIFEST_SLOT_BYTES;
    await sink.write(Buffer.concat([headerBytes, Buffer.alloc(MANIFEST_SLOT_BYTES)]), 0);

    let written = 0;
    const writeNext = async () => {
      const compressed = await pending.shift()!;
      const index = written++;
      const flags = index === chunks - 1 ? FINAL_FLAG : 0;
      const { payload, tag } = sealer.seal(compressed, chunkAad(index, flags), CHUNK_DOMAIN, index);
      const head = Buffer.alloc(FRAME_HEAD_BYTES);
      head.writeUInt32BE(payload.length);
      head.writeUInt8(flags, 4);
      await sink.write(Buffer.concat([head, payload, tag]), position);
      position += FRAME_HEAD_BYTES + payload.length + tag.length;
      options.progress?.(Math.min(total, written * CHUNK_BYTES), total);
    };

    for (let index = 0; index < chunks; index++) {
      options.signal?.throwIfAborted();
      const plain = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, total - index * CHUNK_BYTES));
      const { bytesRead } = await source.read(plain, 0, plain.length, index * CHUNK_BYTES);
      if (bytesRead !== plain.length) throw new Error('The snapshot changed while it was being backed up.');
      hash.update(plain);
      pending.push(
        compress(plain, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: options.quality ?? DEFAULT_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          },
        }),
      );
      if (pending.length >= IN_FLIGHT) await writeNext();
    }
    while (pending.length > 0) await writeNext();

    const manifest: BackupManifest = { ...options.facts, databaseBytes: total, sha256: hash.digest('hex'), chunks };
    await sink.write(sealManifest(manifest, headerBytes, sealer), headerBytes.length);
    await sink.commit();
    return { manifest, bytes: position };
  } catch (error) {
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
