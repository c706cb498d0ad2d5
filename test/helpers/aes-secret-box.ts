import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox } from '../../electron/sync/secret-box';

/**
 * The SecretBox seam with real encryption, for tests in plain Node: Electron's safeStorage needs
 * a running Electron app and the OS keychain, neither of which exists under vitest. AES-256-GCM
 * with a key made for the test (never a product key), a fresh nonce per message and the tag
 * checked, so a file that leaks the text or a tampered file fails the tests as it would in use.
 */
export function aesSecretBox(key: Buffer = randomBytes(32)): SecretBox {
  return {
    available: true,
    encrypt(text) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), sealed]);
    },
    decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
