import type Database from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/contract';
import type { Clock } from './clock';
import type { EventBus } from './events';
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
  events: EventBus;
  sessions: SessionStore;
  audit: AuditNote;
  settings: HostSettings;
}

/** A handler whose channel requires a session can rely on an actor. */
export type AuthedContext = HandlerContext & { actor: Actor };

export interface HostSettings {
  /** Pause after a failed login, slowing guessing. */
  loginFailureDelayMs: number;
  /** Consecutive failures before the account is locked. */
  maxFailedLogins: number;
  lockoutMinutes: number;
}

export const defaultHostSettings: HostSettings = { loginFailureDelayMs: 1000, maxFailedLogins: 5, lockoutMinutes: 15 };

export type Handler<N extends ChannelName> = (
  input: z.output<Contract[N]['input']>,
  ctx: Contract[N]['access'] extends 'public' ? HandlerContext : AuthedContext,
) => Promise<ChannelOutput<N>> | ChannelOutput<N>;

export type HandlerRegistry = { [N in ChannelName]: Handler<N> };
