import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ImportResult } from '../../../shared/contract';
import { downloadFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../lib/format';
import { ProblemsTable } from './ProblemsTable';

/** The ending of an import: what changed (or would have, for a dry run), and the rows refused with why. */
export function ImportResultView({ result, fileName }: { result: ImportResult; fileName: string }) {
  const counts: [string, number][] = [
    ['Rows read', result.rows],
    [result.dryRun ? 'Would be added' : 'Added', result.inserted],
    [result.dryRun ? 'Would be updated' : 'Updated', result.updated],
    ['Skipped', result.skipped],
    ['Rejected', result.rejected],
  ];
  return (
    <Stack gap="md">
      {result.dryRun ? (
        <Alert color="blue" title="Dry run: nothing was saved" role="status">
          The whole file was checked and counted; the store is exactly as it was. Untick “Dry run” to import it.
        </Alert>
      ) : (
        <Alert color={result.rejected > 0 ? 'orange' : 'teal'} title="Import finished" role="status">
          {result.rejected > 0
            ? `${records(result.inserted + result.updated)} saved; ${plural(result.rejected, 'row was', 'rows were')} rejected and left out.`
            : `${records(result.inserted + result.updated)} saved.`}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 5 }} role="list" aria-label="Import counts">
        {counts.map(([label, value]) => (
          <Paper key={label} withBorder p="sm" role="listitem" aria-label={`${label}: ${value}`}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="lg">
              {formatCount(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {result.problems.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>
            {result.problemCount > result.problems.length
              ? `The first ${formatCount(result.problems.length)} of ${formatCount(result.problemCount)} problems`
              : 'Problems'}
          </Title>
          <ProblemsTable problems={result.problems} label="Import problems" />
        </Stack>
      )}
      {result.rejectsFileId && <DownloadRejects fileId={result.rejectsFileId} fileName={fileName} />}
    </Stack>
  );
}

/** The rejected rows as CSV: the original cells plus row, column, value and reason, to fix and import again. */
export function DownloadRejects({ fileId, fileName }: { fileId: string; fileName: string }) {
  const download = useMutation({
    mutationFn: () => downloadFile(fileId, rejectsName(fileName)),
    meta: { errorsShownInline: true },
  });
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
          Download rejected rows
        </Button>
        <Text size="sm" c="dimmed">
          Fix them in the file it gives you and import that file; the added columns say where and why.
        </Text>
      </Group>
      <ErrorAlert error={download.error} />
    </Stack>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function records(count: number): string {
  return plural(count, 'record', 'records');
}

function rejectsName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base}-rejected.csv`;
}
