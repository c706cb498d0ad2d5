import { Button, Stack } from '@mantine/core';
import type { ErrorCode } from '../../../shared/errors';
import { ErrorAlert } from '../ErrorAlert';

/** A read that failed, said next to where its data would be, with a way to ask again. */
export function QueryError({
  error,
  onRetry,
  titles,
}: {
  error: unknown;
  onRetry: () => void;
  titles?: Partial<Record<ErrorCode, string>>;
}) {
  return (
    <Stack gap="xs" align="flex-start">
      <ErrorAlert error={error} titles={titles} />
      <Button size="xs" variant="default" onClick={onRetry}>
        Try again
      </Button>
    </Stack>
  );
}
