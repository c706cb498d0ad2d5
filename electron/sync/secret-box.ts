/**
 * Encrypts the few secrets Backroom keeps on disk (head office's address with its password).
 * The desktop app implements it with Electron's safeStorage (the OS keychain) in electron/main.ts,
 * the only place that may import Electron; everything else takes it as a parameter, so the logic
 * around it runs in plain Node. `available` is false where no such storage exists (browser mode,
 * the command line): nothing secret is then written at all.
 */
export interface SecretBox {
  readonly available: boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Where the OS offers no safe storage: every attempt to use it is a programming error, as callers check `available`. */
export const noSecretBox: SecretBox = {
  available: false,
  encrypt() {
    throw new Error('No secret storage on this machine.');
  },
  decrypt() {
    throw new Error('No secret storage on this machine.');
  },
};
