import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useStockCount } from '../../../api/hooks/useStock';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCount, formatDateTime } from '../../../lib/format';
import { DocumentHeader } from '../../../components/inventory/DocumentHeader';
import { CountLinesTable } from './CountLinesTable';
import { Difference } from './Difference';

/** An applied count as it was booked: who counted, when, and what changed. */
export function CountResultScreen() {
  const countId = Number(useParams().countId);
  const count = useStockCount(countId);
  if (count.isPending) return <TableSkeleton label="Loading count" />;
  if (count.isError) {
    return (
      <QueryError
        error={count.error}
        onRetry={() => void count.refetch()}
        titles={{ NOT_FOUND: 'This count does not exist' }}
      />
    );
  }
  const sheet = count.data;
  const changed = sheet.lines.filter((line) => line.difference !== 0);
  const net = sheet.lines.reduce((sum, line) => sum + line.difference, 0);
  return (
    <Stack gap="md">
      <DocumentHeader
        title={`Count #${sheet.id}`}
        subtitle={`${sheet.store.name} · counted by ${sheet.countedBy.name} · ${formatDateTime(sheet.countedAt)}`}
        backTo="/inventory/count"
        backLabel="Stock count"
        actions={
          <Button component={Link} to={`/inventory/count/${sheet.id}/print`} variant="default">
            Print view
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Fact label="Lines counted" value={formatCount(sheet.lines.length)} />
          <Fact label="Lines changed" value={formatCount(changed.length)} />
          <Fact label="Net units" value={<Difference value={net} />} />
          <Fact label="Note" value={sheet.note ?? '—'} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <CountLinesTable label="Counted lines" lines={sheet.lines} linkProducts />
      </Paper>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </div>
  );
}
