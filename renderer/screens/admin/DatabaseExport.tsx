import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useDatabaseExport } from '../../api/hooks/useExports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../lib/format';
import { describeProgress, progressPercent } from '../jobs/job-labels';

/**
 * The whole database as one zip, for an accountant, a migration or a copy kept elsewhere. It reads
 * one snapshot, so the tills go on selling while it runs; the zip downloads when written.
 */
export function DatabaseExport() {
  const exporter = useDatabaseExport();
  const { state } = exporter;
  const busy = state.step === 'starting' || state.step === 'running' || state.step === 'downloading';

  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        Downloads a zip file holding:
      </Text>
      <List size="sm" c="dimmed" spacing={2}>
        <List.Item>one CSV file per table, every row, in the order of its key;</List.Item>
        <List.Item>
          manifest.json: the app and schema version, when it was taken, each table&apos;s row count and the checksum
          (SHA-256) of each file.
        </List.Item>
      </List>
      <Text c="dimmed" size="sm">
        Password hashes and login state are left out, so the file cannot be used to log in. Everything else is in it:
        keep it as safe as the store&apos;s data.
      </Text>
      {state.step === 'running' && (
        <Stack gap={4}>
          <Progress value={progressPercent(state.progress)} animated aria-label="Database export progress" />
          <Text size="sm" c="dimmed" aria-live="polite">
            {describeProgress(state.progress)}
          </Text>
        </Stack>
      )}
      {state.step === 'downloading' && (
        <Stack gap={4}>
          <Progress
            value={progressPercent({ done: state.done, total: state.total })}
            aria-label="Database export download"
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            Downloading {state.result.name}…
          </Text>
        </Stack>
      )}
      {state.step === 'done' && (
        <Text size="sm" role="status">
          Saved {state.result.name}: {formatCount(state.result.rows)} rows in all.
        </Text>
      )}
      {state.step === 'cancelled' && (
        <Text size="sm" c="dimmed" role="status">
          Cancelled: no file was written.
        </Text>
      )}
      {state.step === 'failed' &&
        (state.error ? (
          <ErrorAlert error={state.error} />
        ) : (
          <Alert color="red" title="The database could not be exported" role="alert">
            {state.message}
          </Alert>
        ))}
      <Group>
        <Button onClick={exporter.start} loading={busy}>
          Export database
        </Button>
        {state.step === 'running' && (
          <Button variant="default" onClick={exporter.cancel} loading={exporter.cancelling}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}
