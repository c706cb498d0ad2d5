import { Alert } from '@mantine/core';
import type { ErrorCode } from '../../shared/errors';
import { isApiError } from '../api/ApiError';
import { errorTitle } from '../lib/error-titles';

/**
 * Shows a failed request next to the form that made it: a heading from the code (a screen may word
 * some codes its own way), the host's message below.
 */
export function ErrorAlert({ error, titles }: { error: unknown; titles?: Partial<Record<ErrorCode, string>> }) {
  if (!error) return null;
  const code = isApiError(error) ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : 'Please try again.';
  const title = titles?.[code] ?? errorTitle(code, isApiError(error) ? error.details : undefined);
  return (
    <Alert color={code === 'LOCKED_OUT' ? 'orange' : 'red'} title={title} role="alert">
      {message}
    </Alert>
  );
}
