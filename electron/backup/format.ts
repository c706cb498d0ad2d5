/**
 * The layout of a backup file. Everything after the magic is authenticated:
 *
 *   magic (8 bytes) | header length (u32) | header JSON | manifest slot (MANIFEST_SLOT_BYTES) | frames...
 *
 * The header holds what is needed to derive the key (scrypt parameters and salts, never the
 * passphrase) and a key check value. The manifest slot is reserved when the file is started and
 * filled once the data is written, because the manifest records the checksum of every byte.
 * Each frame is one chunk of the database, compressed and sealed on its own:
 *
 *   payload length (u32) | flags (u8) | payload | tag (16 bytes)
 *
 * The tag covers the chunk's index and its flags, so chunks cannot be reordered, and the last
 * chunk carries FINAL_FLAG, so a file cut short after any chunk is refused.
 */

export const MAGIC = Buffer.from('BRBACKUP', 'latin1');
export const FORMAT_VERSION = 1;
export const MANIFEST_SLOT_BYTES = 64 * 1024;
export const FRAME_HEAD_BYTES = 5;
export const TAG_BYTES = 16;
export const FINAL_FLAG = 1;
/** Plain bytes per chunk: large enough that per-chunk costs vanish, small enough to keep a few in flight. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
export const BACKUP_EXTENSION = '.backroom-backup';

export interface KdfParams {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
}

export interface BackupHeader {
  format: number;
  compression: 'brotli';
  chunkBytes: number;
  /** Absent when the backup was taken without a passphrase: chunks then carry a checksum, not a seal. */
  encryption?: {
    cipher: 'aes-256-gcm';
    kdf: KdfParams;
    /** base64: mixed with the passphrase's key, so every file has its own key. */
    fileSalt: string;
    /** base64: proves a passphrase right or wrong before any chunk is opened. */
    keyCheck: string;
  };
}

/** What a backup holds, sealed in its header. */
export interface BackupManifest {
  app: { name: string; version: string };
  /** The last migration the database had. */
  schemaVersion: string | null;
  store: { id: number; code: string; name: string } | null;
  createdAt: string;
  /** Rows per table when the snapshot was taken. */
  tables: Record<string, number>;
  databaseBytes: number;
  /** SHA-256 (hex) of the database file's bytes. */
  sha256: string;
  chunks: number;
}

export function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** The additional data a chunk's tag covers: its index and its flags. */
export function chunkAad(index: number, flags: number): Buffer {
  const aad = Buffer.alloc(9);
  aad.writeBigUInt64BE(BigInt(index));
  aad.writeUInt8(flags, 8);
  return aad;
}
