import type { Actor } from '../host/sessions';
import { AppError, type ErrorPayload } from '../../shared/errors';
import { toAppError } from '../host/database-errors';

/** A read for a reader thread: a channel's handler, or one SQL statement (reports, ad-hoc SQL). */
export type ReadTask =
  | { kind: 'channel'; channel: string; input: unknown; actor: Actor | null; now: string }
  | { kind: 'query'; sql: string; params: unknown[] };

export interface ReadRequest {
  id: number;
  task: ReadTask;
}

/**
 * A failure as it crosses a thread: an AppError keeps its code, message and details; anything
 * else is `unexpected`, and only its message travels (for the log, never for a person).
 */
export type ThreadError = { expected: true; payload: ErrorPayload } | { expected: false; message: string };

export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadError };

export function toThreadError(error: unknown): ThreadError {
  const appError = toAppError(error);
  if (appError) return { expected: true, payload: appError.toPayload() };
  return { expected: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The error to throw on the receiving side: the same AppError, or a plain Error the dispatcher logs. */
export function fromThreadError(error: ThreadError): Error {
  if (error.expected) return new AppError(error.payload.code, error.payload.message, error.payload.details);
  return new Error(error.message);
}
