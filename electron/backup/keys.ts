import { hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { KdfParams } from './format';

/** scrypt at 2^15 × 8: about a tenth of a second and 32 MB per try, which makes guessing slow. */
const SCRYPT_N = 2 ** 15;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const KEY_INFO = 'backroom backup v1';

/**
 * The key a passphrase stands for, with the parameters that made it. Only this key and its
 * parameters are kept for scheduled backups, never the passphrase itself.
 */
export interface PassphraseKey {
  kdf: KdfParams;
  key: Buffer;
}

export function newKdfParams(): KdfParams {
  return { algorithm: 'scrypt', N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P, salt: randomBytes(16).toString('base64') };
}

export function derivePassphraseKey(passphrase: string, kdf: KdfParams): Promise<PassphraseKey> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      32,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r },
      (error, key) => (error ? reject(error) : resolve({ kdf, key })),
    );
  });
}

export interface FileKeys {
  /** AES-256-GCM key for this file's chunks and manifest. */
  cipherKey: Buffer;
  /** Stored in the header: a wrong passphrase gives another value, told apart from a damaged chunk. */
  keyCheck: Buffer;
}

/** Each file mixes its own random salt into the passphrase's key, so no two files share a key and nonces never repeat. */
export function fileKeys(passphraseKey: Buffer, fileSalt: Buffer): FileKeys {
  const bytes = Buffer.from(hkdfSync('sha256', passphraseKey, fileSalt, KEY_INFO, 48));
  return { cipherKey: bytes.subarray(0, 32), keyCheck: bytes.subarray(32, 48) };
}

export function newFileSalt(): Buffer {
  return randomBytes(16);
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
