import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { Role } from '../../shared/roles';
import { AppError } from '../../shared/errors';
import { defaultHostSettings, type AuthedContext } from '../host/context';
import { filesUnavailable } from '../files/unavailable';
import { EventBus } from '../host/events';
import { SessionStore } from '../host/sessions';
import { jobsUnavailable } from '../jobs/unavailable';
import { hqUrlsUnavailable } from '../sync/hq-url-store';
import { ClientAttempts } from '../services/auth/client-attempts';

/** Who an export reads as: the staff member who asked for it, with their role and store. */
export interface ExportActor {
  staffId: number;
  role: Role;
  storeId: number;
}

/**
 * What a list's handler needs to answer pages for an export, off the dispatcher: the export's own
 * connection (one snapshot for every page), the actor who asked, and the instant they asked at
 * ("today", "the last 28 days" mean the same on every page). It announces nothing and keeps nothing.
 */
export function exportReadContext(
  dataSource: DataSource,
  sql: Database.Database,
  actor: ExportActor,
  now: Date,
): AuthedContext {
  const clock = { now: () => new Date(now) };
  return {
    dataSource,
    manager: dataSource.manager,
    sql,
    // Nothing on this side checks the session: the call that started the export did.
    actor: { ...actor, sessionToken: '' },
    clock,
    events: new EventBus(),
    sessions: new SessionStore(clock, 0),
    audit: {},
    settings: defaultHostSettings,
    client: 'export',
    clientAttempts: new ClientAttempts(clock, defaultHostSettings),
    keep: () => {
      throw new AppError('INTERNAL', 'An export cannot keep writes.');
    },
    writeWhenFree: () => {
      throw new AppError('INTERNAL', 'An export cannot write.');
    },
    holdAnswer: () => undefined,
    jobs: jobsUnavailable,
    files: filesUnavailable,
    hqUrls: hqUrlsUnavailable,
  };
}
