import { HQ_URL_VARIABLE } from '../../shared/contract/sync';

/**
 * Where this machine finds head office when the environment says so: the BACKROOM_HQ_URL
 * variable, read by the CLI and the host alike. Never a command-line argument (`ps` shows those)
 * and never sent to a screen whole. The desktop app may also keep an address an admin saved
 * (hq-url-store.ts); the variable wins over it.
 */
export { HQ_URL_VARIABLE };

export function configuredHqUrl(environment: NodeJS.ProcessEnv = process.env): string | null {
  const url = environment[HQ_URL_VARIABLE]?.trim();
  return url ? url : null;
}

/** Head office's address taken apart, without its password; null parts where the URL has none. */
export interface HqUrlParts {
  user: string | null;
  host: string | null;
  port: number | null;
  database: string | null;
}

export function hqUrlParts(url: string): HqUrlParts | null {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return {
      user: parsed.username === '' ? null : decodeURIComponent(parsed.username),
      host: parsed.hostname === '' ? null : parsed.hostname,
      port: parsed.port === '' ? null : Number(parsed.port),
      database: database === '' ? null : database,
    };
  } catch {
    return null;
  }
}

/** The port PostgreSQL listens on when the address names none. */
export const POSTGRES_DEFAULT_PORT = 5432;

/** Host and port, as messages to the admin name head office (never the password). */
export function hqAddress(parts: HqUrlParts | null): string {
  return `${parts?.host ?? 'an unknown host'}:${parts?.port ?? POSTGRES_DEFAULT_PORT}`;
}
