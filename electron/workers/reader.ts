import type { MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { isChannelName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { handlers } from '../handlers';
import { defaultHostSettings, type HandlerContext } from '../host/context';
import { EventBus } from '../host/events';
import { SessionStore } from '../host/sessions';
import { ClientAttempts } from '../services/auth/client-attempts';
import { filesUnavailable } from '../files/unavailable';
import { jobsUnavailable } from '../jobs/unavailable';
import { hqUrlsUnavailable } from '../sync/hq-url-store';
import { openReadOnlyDatabase } from './read-only-database';
import { toThreadError, type ReadReply, type ReadRequest, type ReadTask } from './protocol';

/**
 * A reader thread: answers one read at a time on its own read-only connection. The dispatcher
 * has already checked the session, role and input; the output goes back to it to be checked.
 */
export function serveReads(port: MessagePort, databasePath: string): void {
  const opened = openReadOnlyDatabase(databasePath);
  port.on('message', (request: ReadRequest) => {
    void opened
      .then(({ dataSource, sql }) => answer(request.task, dataSource, sql))
      .then(
        (value): ReadReply => ({ id: request.id, ok: true, value }),
        (error: unknown): ReadReply => ({ id: request.id, ok: false, error: toThreadError(error) }),
      )
      .then((reply) => port.postMessage(reply));
  });
}

async function answer(task: ReadTask, dataSource: DataSource, sql: Database.Database): Promise<unknown> {
  if (task.kind === 'query') return sql.prepare(task.sql).all(...(task.params as unknown[]));
  if (!isChannelName(task.channel)) throw new AppError('UNKNOWN_CHANNEL', 'There is no such operation.');
  const handler = handlers[task.channel] as unknown as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
  // The call's own instant, fixed: a frozen test clock and "today" agree across the thread boundary.
  const now = new Date(task.now);
  const clock = { now: () => new Date(now) };
  const context: HandlerContext = {
    dataSource,
    manager: dataSource.manager,
    sql,
    actor: task.actor,
    clock,
    // Reads announce nothing and open no sessions; these go nowhere by design.
    events: new EventBus(),
    sessions: new SessionStore(clock, 0),
    audit: {},
    settings: defaultHostSettings,
    // Password checks and kept writes belong to writing calls on the main connection, never here.
    client: 'reader',
    clientAttempts: new ClientAttempts(clock, defaultHostSettings),
    keep: () => {
      throw new AppError('INTERNAL', 'A read cannot keep writes.');
    },
    writeWhenFree: () => {
      throw new AppError('INTERNAL', 'A read cannot write.');
    },
    holdAnswer: () => undefined,
    jobs: jobsUnavailable,
    files: filesUnavailable,
    hqUrls: hqUrlsUnavailable,
  };
  return handler(task.input, context);
}
