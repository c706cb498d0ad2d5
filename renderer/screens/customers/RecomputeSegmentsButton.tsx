import { Button, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRecomputeSegments } from '../../api/hooks/useCustomers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../lib/format';

/** Scores every customer who bought in the last year again; takes a moment on a big store. */
export function RecomputeSegmentsButton() {
  const recompute = useRecomputeSegments();
  return (
    <Popover opened={recompute.isError} onChange={() => recompute.reset()} position="bottom-end" width={320}>
      <Popover.Target>
        <Button
          variant="default"
          loading={recompute.isPending}
          loaderProps={{ type: 'dots' }}
          onClick={() =>
            recompute.mutate(undefined, {
              onSuccess: (counts) => {
                const scored = counts.segments.reduce((sum, segment) => sum + segment.customers, 0);
                notifications.show({
                  title: 'Segments recomputed',
                  message: `${formatCount(scored)} customers scored from the last 365 days of purchases.`,
                  color: 'green',
                });
              },
            })
          }
        >
          Recompute segments
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <ErrorAlert error={recompute.error} />
          <Text size="xs" c="dimmed">
            Click outside to close.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
