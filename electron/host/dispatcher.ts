import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { contract, isChannelName, type ChannelDef } from '../../shared/contract';
import { AppError, type Envelope, type ErrorPayload } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { sqliteOf } from '../../database/data-source';
import { callOrigin, writeAudit, type AuditResult, type AuditRow } from './audit';
import { restoreUnavailable, type RestoreControl } from '../backup/restore-control';
import { filesUnavailable, type FileAccess } from '../files/unavailable';
import type { FileHolds, JobControl } from '../jobs/control';
import { jobsUnavailable, noFileHolds } from '../jobs/unavailable';
import { hqUrlsUnavailable, type HqUrlStore } from '../sync/hq-url-store';
import { ClientAttempts } from '../services/auth/client-attempts';
import { assertSessionOpen } from '../services/auth/session-gate';
import { readStanding } from '../services/auth/staff-standing';
import type { Clock } from './clock';
import type { AuditNote, HandlerContext, HandlerRegistry, HostSettings } from './context';
import { savingInProgress, toAppError } from './database-errors';
import { PendingEvents, type EventBus } from './events';
import type { ReadPool } from './read-pool';
import { SerialQueue } from './serial';
import { standsAs, type Actor, type SessionStore } from './sessions';

export interface Caller {
  sessionToken: string | null;
  transport: 'ipc' | 'http' | 'test' | 'cli';
  /** Where the call comes from (remote address, window id), for per-client limits. */
  client: string;
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
  /** Reader threads for channels that run on a reader; without them those run here like any read. */
  readers?: ReadPool;
  /** The queue of the main connection, when others (the job runner) must take turns on it too. */
  queue?: SerialQueue;
  jobs?: JobControl;
  /** Who holds the file's write lock (the job runner): writes asked for meanwhile are refused at once. */
  fileHolds?: FileHolds;
  files?: FileAccess;
  restore?: RestoreControl;
  /** Head office's address (the environment variable or the one an admin saved). */
  hqUrls?: HqUrlStore;
}

/** What one call carries out of the queue: how long its answer waits. */
interface CallState {
  holdMs: number;
  /** A read admitted in the queue and answered off it, by a reader thread. */
  offQueue?: () => Promise<unknown>;
  /** An audited read, admitted: who asked what, audited with the outcome once it is answered. */
  auditedRead?: { actor: Actor | null; input: unknown };
}

/**
 * The one path every call takes, whatever the transport: known channel? session and role? input
 * parses? then the handler (writes in one transaction, audited in it), then the output check.
 * Every outcome is an envelope; nothing throws past this point.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const queue = deps.queue ?? new SerialQueue();
  const sql = sqliteOf(deps.dataSource);
  const clientAttempts = new ClientAttempts(deps.clock, deps.settings);
  const fileHolds = deps.fileHolds ?? noFileHolds;

  /** The audit row of a call, stamped with the time it happened (not when it is written). */
  function auditEntry(
    caller: Caller,
    action: string,
    actor: Actor | null,
    result: AuditResult,
    note: AuditNote,
    errorCode: string | null = null,
  ): AuditRow {
    return {
      occurredAt: deps.clock.now(),
      staffId: actor?.staffId ?? null,
      action,
      entity: note.entity ?? null,
      entityId: note.entityId ?? null,
      result,
      errorCode,
      details: note.details ?? null,
      origin: callOrigin(caller),
    };
  }

  /**
   * One audit row, through a cached statement on the shared connection: inside a write it joins
   * the write's transaction; after a failure it stands on its own.
   */
  function auditCall(...call: Parameters<typeof auditEntry>): void {
    writeAudit(sql, auditEntry(...call));
  }

  /**
   * An audit row outside any write of the call (a refusal, a read): at once, or, while a write job
   * holds the file, with the time it happened, once the job lets go. Never in SQLite's busy wait.
   */
  function auditSoon(...call: Parameters<typeof auditEntry>): void {
    const entry = auditEntry(...call);
    fileHolds.writeWhenFree(() => writeAudit(sql, entry));
  }

  async function run(
    name: string,
    def: ChannelDef,
    actor: Actor | null,
    input: unknown,
    caller: Caller,
    call: CallState,
  ): Promise<unknown> {
    const handler = deps.handlers[name as keyof HandlerRegistry] as unknown as (
      input: unknown,
      ctx: HandlerContext,
    ) => Promise<unknown>;
    const audit: AuditNote = {};
    const kept: (() => void)[] = [];
    const pending = new PendingEvents(deps.events);
    const context: HandlerContext = {
      dataSource: deps.dataSource,
      manager: deps.dataSource.manager,
      sql,
      actor,
      clock: deps.clock,
      events: def.writes ? pending : deps.events,
      sessions: deps.sessions,
      audit,
      settings: deps.settings,
      client: caller.client,
      origin: callOrigin(caller),
      clientAttempts,
      keep: (write) => (def.writes ? kept.push(write) : fileHolds.writeWhenFree(write)),
      writeWhenFree: (write) => (def.writes ? write() : fileHolds.writeWhenFree(write)),
      holdAnswer: (ms) => {
        call.holdMs = Math.max(call.holdMs, ms);
      },
      jobs: deps.jobs ?? jobsUnavailable,
      files: deps.files ?? filesUnavailable,
      restore: deps.restore ?? restoreUnavailable,
      hqUrls: deps.hqUrls ?? hqUrlsUnavailable,
    };

    if (!def.writes) return handler(input, context);
    // The transaction is opened on the one connection directly: TypeORM's wrapper costs as much as
    // a small write, and every statement of the handler (TypeORM's or bound) runs on this connection.
    sql.exec('BEGIN IMMEDIATE');
    try {
      const output = await handler(input, context);
      for (const write of kept) write();
      auditCall(caller, name, actor, 'ok', audit);
      sql.exec('COMMIT');
      pending.release();
      return output;
    } catch (error) {
      if (sql.inTransaction) sql.exec('ROLLBACK');
      pending.drop();
      const appError = toAppError(error);
      // The failure row and the writes the handler kept land together, after the rollback; the
      // write lock is taken first, as the audit chain's end must not move under the transaction.
      sql
        .transaction(() => {
          for (const write of kept) write();
          auditCall(caller, name, actor, 'error', audit, appError?.code ?? 'INTERNAL');
        })
        .immediate();
      throw error;
    }
  }

  /** The staff row still says what the session says (active, same role and stores); else those sessions end. */
  function stillStands(actor: Actor): boolean {
    const standing = readStanding(sql, actor.staffId);
    if (standing && standsAs(actor, standing)) return true;
    deps.sessions.closeStale(actor.staffId, standing);
    return false;
  }

  async function dispatch(name: string, rawInput: unknown, caller: Caller, call: CallState): Promise<unknown> {
    if (!isChannelName(name))
      throw new AppError('UNKNOWN_CHANNEL', `There is no operation called "${name.slice(0, 80)}".`);
    const def: ChannelDef = contract[name];

    let actor: Actor | null = null;
    if (def.access !== 'public') {
      actor = deps.sessions.touch(caller.sessionToken);
      if (actor && !stillStands(actor)) actor = null;
      if (!actor) {
        if (def.writes) auditSoon(caller, name, null, 'unauthenticated', {});
        throw new AppError('UNAUTHENTICATED', 'Please log in again; your session has ended.');
      }
      if (!roleAllows(actor.role, def.access)) {
        auditSoon(caller, name, actor, 'forbidden', { details: { required: def.access } });
        throw new AppError('FORBIDDEN', `This needs the ${def.access} role.`, { required: def.access });
      }
      assertSessionOpen(actor, name);
    }

    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    if (def.writes) {
      // Refused before BEGIN IMMEDIATE: waiting for the lock would block this thread, every window
      // and browser with it, for the busy timeout and then fail anyway. Reads go on (WAL).
      const hold = fileHolds.writeHold();
      if (hold) {
        auditSoon(caller, name, actor, 'error', {}, 'SAVING_IN_PROGRESS');
        throw savingInProgress(hold);
      }
    }
    if (def.audited && !def.writes) call.auditedRead = { actor, input: parsed.data };

    const readers = deps.readers;
    if (readers && def.runsOn === 'reader') {
      // Checked here, in turn; answered by a reader thread once the queue has moved on.
      const now = deps.clock.now();
      call.offQueue = async () => checkOutput(name, def, await readers.runChannel(name, parsed.data, actor, now));
      return undefined;
    }
    return checkOutput(name, def, await run(name, def, actor, parsed.data, caller, call));
  }

  function checkOutput(name: string, def: ChannelDef, output: unknown): unknown {
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      console.error(`Output of ${name} broke its contract`, z.prettifyError(checked.error));
      throw new AppError('INTERNAL', 'Backroom produced an unexpected answer; nothing was lost.');
    }
    return checked.data;
  }

  return {
    async invoke(name, rawInput, caller) {
      const call: CallState = { holdMs: 0 };
      let envelope: Envelope<unknown>;
      try {
        const data = await queue.run(() => dispatch(String(name), rawInput, caller, call));
        envelope = { ok: true, data: call.offQueue ? await call.offQueue() : data };
      } catch (error) {
        envelope = { ok: false, error: errorPayload(name, error) };
      }
      const read = call.auditedRead;
      if (read) {
        // In its own turn on the queue, so the row never lands inside another call's transaction.
        const code = envelope.ok ? null : envelope.error.code;
        const note = { details: { input: read.input } };
        await queue
          .run(async () => auditSoon(caller, name, read.actor, envelope.ok ? 'ok' : 'error', note, code))
          .catch((error: unknown) => console.error(`Could not audit ${name}`, error));
      }
      // A refused password slows its own caller only: the queue is already free for everyone else.
      if (call.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, call.holdMs));
      return envelope;
    },
  };
}

function validationError(error: z.ZodError): AppError {
  const issues = error.issues
    .slice(0, 20)
    .map((issue) => ({ path: issue.path.join('.'), message: issue.message, ...ruleBroken(issue) }));
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'The input is not valid.';
  return new AppError('VALIDATION', message, { issues });
}

/**
 * The rule an input broke and its limit, so a screen can word the refusal for a person ("Use at
 * least 12 characters") instead of showing the schema's text. Never the input itself: it may be a
 * passphrase.
 */
function ruleBroken(issue: z.core.$ZodIssue) {
  switch (issue.code) {
    case 'too_small':
      return {
        code: issue.code,
        origin: issue.origin,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive !== false,
      };
    case 'too_big':
      return {
        code: issue.code,
        origin: issue.origin,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive !== false,
      };
    case 'invalid_type':
      return { code: issue.code, expected: issue.expected };
    default:
      return { code: issue.code };
  }
}

function errorPayload(name: string, error: unknown): ErrorPayload {
  const appError = toAppError(error);
  if (appError) return appError.toPayload();
  console.error(`Unexpected failure in ${String(name).slice(0, 80)}`, error);
  return { code: 'INTERNAL', message: 'Something went wrong inside Backroom; nothing was changed.' };
}
