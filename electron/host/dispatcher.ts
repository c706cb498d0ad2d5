import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { contract, isChannelName, type ChannelDef } from '../../shared/contract';
import { AppError, type Envelope, type ErrorPayload } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { sqliteOf } from '../../database/data-source';
import { prepared } from '../../database/prepared';
import type { Clock } from './clock';
import type { AuditNote, HandlerContext, HandlerRegistry, HostSettings } from './context';
import { toAppError } from './database-errors';
import type { EventBus } from './events';
import { SerialQueue } from './serial';
import type { Actor, SessionStore } from './sessions';

export interface Caller {
  sessionToken: string | null;
  transport: 'ipc' | 'http' | 'test' | 'cli';
}

export interface Dispatcher {
  invoke(channel: string, input: unknown, caller: Caller): Promise<Envelope<unknown>>;
}

export interface DispatcherDeps {
  dataSource: DataSource;
  handlers: HandlerRegistry;
  sessions: SessionStore;
  events: EventBus;
  clock: Clock;
  settings: HostSettings;
}

type AuditResult = 'ok' | 'error' | 'forbidden' | 'unauthenticated';

const INSERT_AUDIT = `INSERT INTO "audit_log" ("occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code", "details")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * The one path every call takes, whatever the transport: known channel? session and role? input
 * parses? then the handler (writes in one transaction, audited in it), then the output check.
 * Every outcome is an envelope; nothing throws past this point.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const queue = new SerialQueue();
  const sql = sqliteOf(deps.dataSource);

  /**
   * One audit row, through a cached statement on the shared connection: inside a write it joins
   * the write's transaction; after a failure it stands on its own.
   */
  function writeAudit(
    action: string,
    actor: Actor | null,
    result: AuditResult,
    note: AuditNote,
    errorCode: string | null = null,
  ): void {
    prepared(sql, INSERT_AUDIT).run(
      deps.clock.now().toISOString(),
      actor?.staffId ?? null,
      action,
      note.entity ?? null,
      note.entityId === undefined ? null : String(note.entityId),
      result,
      errorCode,
      note.details ? JSON.stringify(note.details) : null,
    );
  }

  async function run(name: string, def: ChannelDef, actor: Actor | null, input: unknown): Promise<unknown> {
    const handler = deps.handlers[name as keyof HandlerRegistry] as unknown as (
      input: unknown,
      ctx: HandlerContext,
    ) => Promise<unknown>;
    const audit: AuditNote = {};
    const context: HandlerContext = {
      dataSource: deps.dataSource,
      manager: deps.dataSource.manager,
      sql,
      actor,
      clock: deps.clock,
      events: deps.events,
      sessions: deps.sessions,
      audit,
      settings: deps.settings,
    };

    if (!def.writes) return handler(input, context);
    // The transaction is opened on the one connection directly: TypeORM's wrapper costs as much as
    // a small write, and every statement of the handler (TypeORM's or bound) runs on this connection.
    sql.exec('BEGIN IMMEDIATE');
    try {
      const output = await handler(input, context);
      writeAudit(name, actor, 'ok', audit);
      sql.exec('COMMIT');
      return output;
    } catch (error) {
      if (sql.inTransaction) sql.exec('ROLLBACK');
      const appError = toAppError(error);
      writeAudit(name, actor, 'error', audit, appError?.code ?? 'INTERNAL');
      throw error;
    }
  }

  async function dispatch(name: string, rawInput: unknown, caller: Caller): Promise<unknown> {
    if (!isChannelName(name))
      throw new AppError('UNKNOWN_CHANNEL', `There is no operation called "${name.slice(0, 80)}".`);
    const def: ChannelDef = contract[name];

    let actor: Actor | null = null;
    if (def.access !== 'public') {
      actor = deps.sessions.touch(caller.sessionToken);
      if (!actor) {
        if (def.writes) writeAudit(name, null, 'unauthenticated', {});
        throw new AppError('UNAUTHENTICATED', 'Please log in again; your session has ended.');
      }
      if (!roleAllows(actor.role, def.access)) {
        writeAudit(name, actor, 'forbidden', { details: { required: def.access } });
        throw new AppError('FORBIDDEN', `This needs the ${def.access} role.`, { required: def.access });
      }
    }

    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error);

    const output = await run(name, def, actor, parsed.data);
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      console.error(`Output of ${name} broke its contract`, z.prettifyError(checked.error));
      throw new AppError('INTERNAL', 'Backroom produced an unexpected answer; nothing was lost.');
    }
    return checked.data;
  }

  return {
    async invoke(name, rawInput, caller) {
      try {
        const data = await queue.run(() => dispatch(String(name), rawInput, caller));
        return { ok: true, data };
      } catch (error) {
        return { ok: false, error: errorPayload(name, error) };
      }
    },
  };
}

function validationError(error: z.ZodError): AppError {
  const issues = error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'The input is not valid.';
  return new AppError('VALIDATION', message, { issues });
}

function errorPayload(name: string, error: unknown): ErrorPayload {
  const appError = toAppError(error);
  if (appError) return appError.toPayload();
  console.error(`Unexpected failure in ${String(name).slice(0, 80)}`, error);
  return { code: 'INTERNAL', message: 'Something went wrong inside Backroom; nothing was changed.' };
}
