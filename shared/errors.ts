/**
 * The closed set of error codes every boundary speaks. The UI branches on `code`, never on the
 * message, and shows the message to a person.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'INSUFFICIENT_STOCK',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'LOCKED_OUT',
  /** The session answers nothing until its holder replaces the password an admin reset. */
  'PASSWORD_CHANGE_REQUIRED',
  /** The screen is locked: the session answers nothing until unlocked with the PIN or password. */
  'SESSION_LOCKED',
  /**
   * Long work that writes (an import, the demo data) holds the file until it commits whole: a write
   * asked for meanwhile is refused at once, unchanged, and may be tried again once it has finished.
   */
  'SAVING_IN_PROGRESS',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** An expected failure: thrown by services, turned into an error envelope by the dispatcher. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * The details of a FORBIDDEN answer refused because of the store, not the role: the record or input
 * belongs to a store the caller does not work in (the store-scope rule).
 */
export interface StoreRefusal {
  storeId: number;
}

export function isStoreRefusal(details: unknown): details is StoreRefusal {
  return (
    typeof details === 'object' &&
    details !== null &&
    Object.keys(details).length === 1 &&
    typeof (details as { storeId?: unknown }).storeId === 'number'
  );
}

/**
 * The details of a FORBIDDEN answer refused because of the message or its conversation, not the
 * role: only a message's author may edit it, or delete it (a manager too), and only for a while
 * after posting; only a conversation's members may read, post or search in it.
 */
export type MessageRefusal = { messageId: number } | { conversationId: number };

export function isMessageRefusal(details: unknown): details is MessageRefusal {
  if (typeof details !== 'object' || details === null || Object.keys(details).length !== 1) return false;
  const named = details as { messageId?: unknown; conversationId?: unknown };
  return typeof named.messageId === 'number' || typeof named.conversationId === 'number';
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
