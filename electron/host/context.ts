import type Database from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/contract';
import type { ClientAttempts } from '../services/auth/client-attempts';
import type { RestoreControl } from '../backup/restore-control';
import type { FileAccess } from '../files/unavailable';
import type { JobControl } from '../jobs/control';
import type { HqUrlStore } from '../sync/hq-url-store';
import type { Clock } from './clock';
import type { EventSink } from './events';
import type { Actor, SessionStore } from './sessions';

/** What the dispatcher records in the audit row of a write, filled in by the handler. */
export interface AuditNote {
  entity?: string;
  entityId?: string | number;
  details?: Record<string, unknown>;
}

/**
 * Everything a handler may use. `manager` and `sql` reach the same single connection; for a
 * channel that writes, the dispatcher has already opened the transaction on it, so handlers never
 * open one (TypeORM's `save()` would try, and is not used).
 */
export interface HandlerContext {
  dataSource: DataSource;
  manager: EntityManager;
  sql: Database.Database;
  actor: Actor | null;
  clock: Clock;
  /** In a writing call, events are held until the transaction commits and dropped on rollback. */
  events: EventSink;
  sessions: SessionStore;
  audit: AuditNote;
  settings: HostSettings;
  /** Who is calling from where (a browser's address, a window), for per-client limits. */
  client: string;
  /**
   * Where the audit trail says the call came from (a window, a browser session by a short id,
   * the command line); set by the dispatcher, absent where nothing is audited (readers, exports).
   */
  origin?: string;
  /** Refused passwords per client, kept across calls. */
  clientAttempts: ClientAttempts;
  /**
   * A write that must land however the call ends (a refused password's count and audit row): in a
   * writing call it runs just before COMMIT, or on its own after a ROLLBACK; otherwise as
   * `writeWhenFree` does.
   */
  keep(write: () => void): void;
  /**
   * A write a call that does not write makes on its own (a login's time stamp and audit row): at
   * once, or, while a write job holds the file, kept in memory and written once the job lets go,
   * so logging in never waits on an import. In a writing call, at once in its transaction.
   */
  writeWhenFree(write: () => void): void;
  /** Holds this caller's answer back once the call has left the queue, so no one else waits. */
  holdAnswer(ms: number): void;
  /** Starts and follows long work on job threads. */
  jobs: JobControl;
  /** Uploads and downloadable outputs, each its owner's only; channels name them by `fileId`. */
  files: FileAccess;
  /** Restores a backup over the live database (admins, from the Backups screen); absent off the main connection. */
  restore?: RestoreControl;
  /** Where head office is: the environment variable, or the address an admin saved encrypted. */
  hqUrls: HqUrlStore;
}

/** A handler whose channel requires a session can rely on an actor. */
export type AuthedContext = HandlerContext & { actor: Actor };

export interface HostSettings {
  /** Pause before answering a refused password (login or approval), doubling with the client's recent failures. */
  loginFailureDelayMs: number;
  /** Consecutive failures before the account is locked. */
  maxFailedLogins: number;
  lockoutMinutes: number;
  /** Refused passwords from one client within the window before it is refused without a check. */
  clientFailureLimit: number;
  clientFailureWindowMinutes: number;
  /** A session ends this long after login, however active. */
  sessionLifetimeHours: number;
  /** Largest file a person may upload (imports). */
  maxUploadBytes: number;
}

export const defaultHostSettings: HostSettings = {
  loginFailureDelayMs: 1000,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  clientFailureLimit: 20,
  clientFailureWindowMinutes: 15,
  sessionLifetimeHours: 12,
  maxUploadBytes: 2 * 1024 ** 3,
};

export type Handler<N extends ChannelName> = (
  input: z.output<Contract[N]['input']>,
  ctx: Contract[N]['access'] extends 'public' ? HandlerContext : AuthedContext,
) => Promise<ChannelOutput<N>> | ChannelOutput<N>;

export type HandlerRegistry = { [N in ChannelName]: Handler<N> };
