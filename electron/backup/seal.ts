import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { TAG_BYTES } from './format';

/** Nonce domains: chunks and the manifest never share a nonce under one key. */
export const CHUNK_DOMAIN = 0;
export const MANIFEST_DOMAIN = 1;

/**
 * Seals and opens one piece of a backup. With a key: AES-256-GCM, the nonce derived from the
 * piece's domain and index (unique because each file has its own key). Without one: a SHA-256
 * checksum in place of the tag, which finds damage but cannot stop deliberate changes.
 */
export interface Sealer {
  seal(plain: Buffer, aad: Buffer, domain: number, index: number): { payload: Buffer; tag: Buffer };
  /** The plain bytes, or null when the tag does not match. */
  open(payload: Buffer, tag: Buffer, aad: Buffer, domain: number, index: number): Buffer | null;
}

function nonce(domain: number, index: number): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(domain);
  bytes.writeBigUInt64BE(BigInt(index), 4);
  return bytes;
}

export function gcmSealer(key: Buffer): Sealer {
  return {
    seal(plain, aad, domain, index) {
      const cipher = createCipheriv('aes-256-gcm', key, nonce(domain, index));
      cipher.setAAD(aad);
      const payload = Buffer.concat([cipher.update(plain), cipher.final()]);
      return { payload, tag: cipher.getAuthTag() };
    },
    open(payload, tag, aad, domain, index) {
      const decipher = createDecipheriv('aes-256-gcm', key, nonce(domain, index));
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(payload), decipher.final()]);
      } catch {
        return null;
      }
    },
  };
}

function checksum(payload: Buffer, aad: Buffer, domain: number, index: number): Buffer {
  return createHash('sha256').update(nonce(domain, index)).update(aad).update(payload).digest().subarray(0, TAG_BYTES);
}

export const checksumSealer: Sealer = {
  seal(plain, aad, domain, index) {
    return { payload: plain, tag: checksum(plain, aad, domain, index) };
  },
  open(payload, tag, aad, domain, index) {
    return checksum(payload, aad, domain, index).equals(tag) ? payload : null;
  },
};
