import { isMessageRefusal, isStoreRefusal, type ErrorCode } from '../../shared/errors';

/** A short heading per error code; the host's message says the rest. */
const TITLES: Record<ErrorCode, string> = {
  VALIDATION: 'Please check the details',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Already exists or changed',
  INSUFFICIENT_STOCK: 'Not enough stock',
  FORBIDDEN: 'Not allowed for your role',
  UNAUTHENTICATED: 'Not logged in',
  LOCKED_OUT: 'Account locked',
  PASSWORD_CHANGE_REQUIRED: 'Choose a new password',
  SESSION_LOCKED: 'Screen locked',
  SAVING_IN_PROGRESS: 'Busy saving, try again soon',
  UNKNOWN_CHANNEL: 'Not available in this version',
  INTERNAL: 'Something went wrong',
};

/**
 * A refusal because of the store, of a message's author or age, or of who belongs to a conversation
 * (its details name the store, the message or the conversation) is not about the person's role.
 */
export function errorTitle(code: ErrorCode, details?: unknown): string {
  if (code === 'FORBIDDEN' && isStoreRefusal(details)) return 'Not allowed in this store';
  if (code === 'FORBIDDEN' && isMessageRefusal(details)) {
    return 'messageId' in details ? 'Not allowed on this message' : 'Not allowed in this conversation';
  }
  return TITLES[code];
}
