import pg from 'pg';
import { hqMigrations } from '../../database/hq/migrate';
import type { HqProblem } from '../../shared/contract/sync';
import { compareHqSchema, schemaAheadMessage } from './hq-schema';
import { POSTGRES_DEFAULT_PORT, hqAddress, hqUrlParts, type HqUrlParts } from './hq-url';
import { handshake } from './speaks-postgres';

const CONNECT_TIMEOUT_MS = 10_000;
const QUERY_TIMEOUT_MS = 10_000;

export interface HqProbe {
  ok: boolean;
  problem: HqProblem | null;
  message: string;
}

/** Socket errors that mean nothing answered at the address (or the name does not resolve). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

/** PostgreSQL's SQLSTATE codes are five characters; socket errors are E-words. */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * Connects to head office, reads its version and compares its schema with this Backroom's
 * migrations, without changing anything there (no migration runs: that is the next sync's work).
 * Each failure is named for the admin: nothing answers, a wrong user or password, something that
 * is not PostgreSQL, no such database, or a schema a newer Backroom has moved ahead.
 */
export async function probeHq(url: string): Promise<HqProbe> {
  const parts = hqUrlParts(url);
  const where = hqAddress(parts);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    application_name: 'backroom-test-connection',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return connectFailure(error, where, parts);
  }
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const version = rows[0]!.server_version;
    const schema = await compareHqSchema(client);
    if (schema.ahead.length > 0)
      return { ok: false, problem: 'schema-ahead', message: schemaAheadMessage(schema.ahead) };
    const state =
      schema.missing === hqMigrations.length
        ? "the first sync will create head office's schema"
        : schema.missing > 0
          ? `the next sync will bring head office's schema up to date (${schema.missing} step${schema.missing === 1 ? '' : 's'})`
          : "head office's schema is up to date";
    return { ok: true, problem: null, message: `Connected to PostgreSQL ${version} at ${where}; ${state}.` };
  } catch (error) {
    return { ok: false, problem: 'other', message: `Connected to ${where}, then: ${messageOf(error)}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why a connection to head office failed, in test connection's words: what a failed sync records. */
export async function connectFailureMessage(url: string, error: unknown): Promise<string> {
  const parts = hqUrlParts(url);
  if (parts === null) return "Head office's address is not a valid PostgreSQL URL.";
  return (await connectFailure(error, hqAddress(parts), parts)).message;
}

async function connectFailure(error: unknown, where: string, parts: HqUrlParts | null): Promise<HqProbe> {
  const code = (error as { code?: unknown }).code;
  const text = messageOf(error);
  const unreachable: HqProbe = {
    ok: false,
    problem: 'unreachable',
    message: `Nothing answers at ${where}${typeof code === 'string' && !SQLSTATE.test(code) ? ` (${code})` : ''}: check the address and the network.`,
  };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return unreachable;
  // 28P01: wrong password; 28000: no such role or not allowed from here. A server that wants a
  // password the address lacks makes the driver complain before asking.
  if (code === '28P01' || code === '28000' || /password must be a string/i.test(text)) {
    return {
      ok: false,
      problem: 'wrong-password',
      message: `Head office refused the user ${parts?.user ?? '(none given)'} or its password: check both in the address.`,
    };
  }
  if (code === '3D000') {
    return {
      ok: false,
      problem: 'no-database',
      message: `Head office's server has no database named ${parts?.database ?? '(none given)'}.`,
    };
  }
  if (typeof code === 'string' && SQLSTATE.test(code)) {
    return { ok: false, problem: 'other', message: `Head office's server refused the connection: ${text}` };
  }
  // The driver timed out or the connection broke during the handshake: ask the first question of
  // the protocol ourselves to tell silence, another kind of server and PostgreSQL apart.
  const answer = parts?.host
    ? await handshake(parts.host.replace(/^\[|\]$/g, ''), parts.port ?? POSTGRES_DEFAULT_PORT)
    : 'other';
  if (answer === 'unreachable' || (answer === 'silent' && /timeout/i.test(text))) return unreachable;
  if (answer === 'postgres') {
    return { ok: false, problem: 'other', message: `PostgreSQL at ${where} broke off the connection: ${text}` };
  }
  return {
    ok: false,
    problem: 'not-postgres',
    message: `Something answers at ${where}, but it is not a PostgreSQL server: check the host and port.`,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
