import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { accessGate } from '../api/access-gate';
import { isApiError } from '../api/ApiError';
import { sessionToken } from '../api/client';
import { endSession } from '../api/session';
import { errorTitle } from '../lib/error-titles';

/**
 * Every failed request passes here. A lost session returns to the login screen, wherever it was
 * noticed; other failures become a toast unless the screen shows them itself. One toast per code,
 * so a burst of failures reads as one message.
 */
export function handleRequestError(queryClient: QueryClient, error: unknown, shownInline: boolean): void {
  if (isApiError(error, 'UNAUTHENTICATED')) {
    if (sessionToken.get() === null) return;
    endSession(queryClient);
    showToast('session', 'Logged out', 'Your session ended. Log in again to continue.', 'blue');
    return;
  }
  // The host holds the session behind a cover; show the cover instead of a message.
  if (isApiError(error, 'PASSWORD_CHANGE_REQUIRED')) return accessGate.set('passwordChange');
  if (isApiError(error, 'SESSION_LOCKED')) return accessGate.set('locked');
  if (shownInline) return;
  const code = isApiError(error) ? error.code : 'INTERNAL';
  const message = error instanceof Error && error.message ? error.message : 'Please try again.';
  showToast(`error-${code}`, errorTitle(code, isApiError(error) ? error.details : undefined), message, 'red');
}

function showToast(id: string, title: string, message: string, color: string): void {
  const toast = { id, title, message, color };
  // `show` ignores a known id and `update` ignores an unknown one; together they show the newest text.
  notifications.update(toast);
  notifications.show(toast);
}
