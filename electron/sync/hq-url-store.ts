import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HQ_URL_VARIABLE, type HqUrlRefusal, type SyncSettingsView } from '../../shared/contract/sync';
import { AppError } from '../../shared/errors';
import { configuredHqUrl } from './hq-url';
import { noSecretBox, type SecretBox } from './secret-box';

/** Where head office's address came from, and the address itself when it can be read. */
export interface ResolvedHqUrl {
  url: string | null;
  source: SyncSettingsView['connection']['source'];
  /** What is wrong with a saved address that cannot be read here; null when nothing is. */
  problem: string | null;
}

export interface HqUrlStore {
  /** The environment variable first (the admin of the machine set it), then the address saved here. */
  resolve(): ResolvedHqUrl;
  /** Whether `save` can work: no variable overrides it and the machine can encrypt it. */
  refusal(): HqUrlRefusal | null;
  save(url: string): void;
  forget(): void;
}

/**
 * The saved address lives encrypted in a file beside the database, never in it: a CSV export,
 * a backup or a copy of the file must not carry head office's password away, and the ciphertext
 * is bound to this machine's keychain anyway, so a copy elsewhere could not use it.
 */
export const HQ_URL_FILE = 'hq-url.encrypted';

/** Said when a save is refused, and shown beside a read-only address. */
export const HQ_URL_REFUSAL_MESSAGES: Record<HqUrlRefusal['reason'], string> = {
  'set-by-environment': `Set by ${HQ_URL_VARIABLE} on this machine: change it there and restart Backroom.`,
  'no-secret-storage': `This machine cannot keep head office's password safely (browser mode, or no keychain): set ${HQ_URL_VARIABLE} and restart Backroom.`,
};

export function hqUrlStore(options: {
  /** The folder that holds the database file. */
  directory: string;
  secretBox?: SecretBox;
  /** Read at every call, so a test (or a change to process.env) takes effect at once. */
  environment?: () => NodeJS.ProcessEnv;
}): HqUrlStore {
  const box = options.secretBox ?? noSecretBox;
  const environment = options.environment ?? (() => process.env);
  const path = join(options.directory, HQ_URL_FILE);

  function refusal(): HqUrlRefusal | null {
    if (configuredHqUrl(environment()) !== null) return { reason: 'set-by-environment', variable: HQ_URL_VARIABLE };
    if (!box.available) return { reason: 'no-secret-storage', variable: HQ_URL_VARIABLE };
    return null;
  }

  function refuseUnlessStorable(): void {
    const refused = refusal();
    if (refused) throw new AppError('CONFLICT', HQ_URL_REFUSAL_MESSAGES[refused.reason], refused);
  }

  return {
    resolve() {
      const fromEnvironment = configuredHqUrl(environment());
      if (fromEnvironment !== null) return { url: fromEnvironment, source: 'environment', problem: null };
      if (!existsSync(path)) return { url: null, source: 'none', problem: null };
      if (!box.available) {
        return {
          url: null,
          source: 'stored',
          problem: `The address saved in the desktop app is encrypted for it alone; here, set ${HQ_URL_VARIABLE}.`,
        };
      }
      try {
        return { url: box.decrypt(readFileSync(path)), source: 'stored', problem: null };
      } catch {
        // A changed keychain or a damaged file: nothing to recover, the admin saves it again.
        return {
          url: null,
          source: 'stored',
          problem: "The saved address cannot be decrypted on this machine any more: enter head office's address again.",
        };
      }
    },
    refusal,
    save(url) {
      refuseUnlessStorable();
      const partial = `${path}.partial`;
      writeFileSync(partial, box.encrypt(url), { mode: 0o600 });
      renameSync(partial, path);
    },
    forget() {
      refuseUnlessStorable();
      rmSync(path, { force: true });
    },
  };
}

function refuse(): never {
  throw new AppError('INTERNAL', "Head office's address is read in the main process only.");
}

/** For contexts that never talk to head office (reader threads, exports, a bare dispatcher). */
export const hqUrlsUnavailable: HqUrlStore = { resolve: refuse, refusal: refuse, save: refuse, forget: refuse };
