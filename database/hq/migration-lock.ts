import type { ClientBase } from 'pg';

/**
 * The advisory lock that keeps head office's schema still: any fixed number, but never change
 * it, or Backrooms of different versions would no longer wait for one another. A Backroom holds
 * it exclusive while it migrates, and shared for as long as it writes in the schema it found.
 * Older versions take it exclusive per migration transaction (pg_advisory_xact_lock) or for their
 * whole run (pg_advisory_lock); PostgreSQL makes all of these wait on each other across sessions.
 */
export const HQ_MIGRATION_LOCK = 7_300_001;

/** How long to wait for the lock before giving up; a sync tries again later. */
export const HQ_LOCK_WAIT_MS = 90_000;

/** PostgreSQL's SQLSTATE for a statement cancelled by lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

export type HqLockMode = 'exclusive' | 'shared';

const LOCK_SQL: Record<HqLockMode, string> = {
  exclusive: 'SELECT pg_advisory_lock($1)',
  shared: 'SELECT pg_advisory_lock_shared($1)',
};

const UNLOCK_SQL: Record<HqLockMode, string> = {
  exclusive: 'SELECT pg_advisory_unlock($1)',
  shared: 'SELECT pg_advisory_unlock_shared($1)',
};

/**
 * Head office's schema lock stayed taken for longer than this Backroom waits: another Backroom
 * is migrating head office, or is syncing while one waits to migrate.
 */
export class HqBusyError extends Error {
  constructor() {
    super('Head office is being updated by another Backroom; try again shortly.');
    this.name = 'HqBusyError';
  }
}

/**
 * Takes the lock for this session (until unlockHq or the connection ends), waiting at most
 * `waitMs`. The server bounds the wait (lock_timeout), so giving up also leaves its queue: a wait
 * the driver abandoned would stay queued there and hold back everyone behind it.
 */
export async function lockHq(client: ClientBase, mode: HqLockMode, waitMs = HQ_LOCK_WAIT_MS): Promise<void> {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
  try {
    await client.query(LOCK_SQL[mode], [HQ_MIGRATION_LOCK]);
  } catch (error) {
    if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) throw new HqBusyError();
    throw error;
  } finally {
    // On a broken connection this fails too, and the error that matters is the one above.
    await client.query('RESET lock_timeout').catch(() => undefined);
  }
}

export async function unlockHq(client: ClientBase, mode: HqLockMode): Promise<void> {
  await client.query(UNLOCK_SQL[mode], [HQ_MIGRATION_LOCK]);
}
