import pg from 'pg';
import { migrateHq } from '../../database/hq/migrate';
import { lockHq, unlockHq } from '../../database/hq/migration-lock';
import { refuseSchemaAhead } from './hq-schema';
import { hqAddress, hqUrlParts } from './hq-url';
import { connectFailureMessage } from './probe-hq';

/** How long to wait for head office before calling the attempt failed; a sync retries later. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Above HQ_LOCK_WAIT_MS, so the server ends a long wait for the schema lock first, as HqBusyError. */
const QUERY_TIMEOUT_MS = 120_000;

/**
 * A connection to head office's PostgreSQL with its schema brought up to date, which stays that
 * way until the connection ends: the session holds the migration lock shared, so a Backroom that
 * wants to migrate head office waits for this one's sync to end. Timeouts bound every wait, so a
 * dropped network ends an attempt instead of hanging it, and a lock held elsewhere too long
 * fails it with HqBusyError. A head office a newer Backroom has migrated is refused
 * (HqSchemaAheadError) before anything is written there; the check runs under the lock, so it
 * also sees a newer Backroom that was migrating head office while this one connected.
 */
export async function connectHq(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'backroom-sync',
  });
  // A connection lost between queries is reported by the next query; this only keeps it from crashing the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new HqConnectionError(await connectFailureMessage(url, error), error);
  }
  try {
    // The store forgets a batch once head office says it committed: that commit must be on
    // disk, whatever the server's default (a crash would otherwise lose acknowledged changes).
    await client.query('SET synchronous_commit = on');
    await holdCurrentSchema(client);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** Head office could not be reached, or the connection broke off: in words for the admin, the driver's error as the cause. */
export class HqConnectionError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'HqConnectionError';
  }
}

/** Socket errors that end a connection already made. */
const BROKEN_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A failure during a sync in words for the admin when the connection itself broke (the network,
 * or head office shutting down: SQLSTATE classes 08 and 57P), rather than the driver's "read
 * ECONNRESET"; any other error as it was.
 */
export function explainBrokenConnection(error: unknown, url: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const broke =
    typeof code === 'string'
      ? BROKEN_SOCKET_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')
      : /^(Connection terminated|Query read timeout)/.test(message);
  if (!broke) return error;
  return new HqConnectionError(
    `The connection to head office at ${hqAddress(hqUrlParts(url))} broke off during the sync (${message}). ` +
      'What head office had confirmed is kept; the next try sends the rest.',
    error,
  );
}

/**
 * Leaves the session holding the migration lock shared with head office's schema at this
 * Backroom's. Usually nothing is missing, and the shared lock is all it takes, so stores syncing
 * at once do not wait for one another. Otherwise it lets go and migrates under the exclusive
 * lock, which hands over to the shared one without a gap: waiting for the exclusive lock while
 * holding the shared one would deadlock with another Backroom doing the same.
 */
async function holdCurrentSchema(client: pg.Client): Promise<void> {
  await lockHq(client, 'shared');
  const { missing } = await refuseSchemaAhead(client);
  if (missing === 0) return;
  await unlockHq(client, 'shared');
  await migrateHq(client, { beforeMigrating: refuseSchemaAhead, thenHoldShared: true });
}

/**
 * The URL rebuilt from its parts, for anything a person or a log may see: the password and the
 * query string (which may carry `password=` or key files) are left out.
 */
export function redactUrl(url: string): string {
  const parts = hqUrlParts(url);
  if (parts === null || parts.host === null) return '(not a valid PostgreSQL URL)';
  const scheme = url.trim().toLowerCase().startsWith('postgresql:') ? 'postgresql' : 'postgres';
  const user = parts.user === null ? '' : `${encodeURIComponent(parts.user)}@`;
  const port = parts.port === null ? '' : `:${parts.port}`;
  const database = parts.database === null ? '' : encodeURIComponent(parts.database);
  return `${scheme}://${user}${parts.host}${port}/${database}`;
}
