import type Database from 'better-sqlite3';
import { withOutboxPaused } from '../../database/sync/pause-outbox';

/**
 * Applies changes received from head office without queueing them to be sent back: they are
 * head office's own, and sending them would echo between the two forever. Runs `apply` inside the
 * caller's transaction with the outbox triggers paused; the pause ends with it, success or not.
 */
export function withRemoteApply<T>(sql: Database.Database, apply: () => T): T {
  return withOutboxPaused(sql, apply);
}
