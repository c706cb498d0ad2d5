import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useVerifyAudit } from '../../api/hooks/useAudit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../lib/format';

/** "Check the chain": walks every row's hash and says whether the trail is whole, or where it was changed. */
export function ChainCheck() {
  const verify = useVerifyAudit();
  const report = verify.data;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
          Check the chain
        </Button>
        <Text size="sm" c="dimmed">
          Each row carries a hash of itself and of the row before it: the check proves none was changed, removed or
          moved.
        </Text>
      </Group>
      <ErrorAlert error={verify.error} />
      {report?.status === 'intact' && !verify.isPending && (
        <Alert color="teal" title="The audit trail is intact" role="status">
          All {formatCount(report.rows)} rows are linked and unchanged since they were written.
        </Alert>
      )}
      {report?.status === 'broken' && !verify.isPending && (
        <Alert color="red" title={`The audit trail is broken at row ${report.brokenId}`} role="alert">
          {report.message} The {formatCount(report.rows)} rows before it are intact. Someone changed the database file
          outside Backroom: keep a copy of it and compare it with your latest backup.
        </Alert>
      )}
    </Stack>
  );
}
