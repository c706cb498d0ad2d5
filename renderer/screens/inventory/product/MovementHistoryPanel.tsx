import { Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { ProductDetail, StockMovementRow } from '../../../../shared/contract';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useMovements } from '../../../api/hooks/useStock';
import { ExportButton } from '../../../components/ExportButton';
import { LoadMore } from '../../../components/inventory/LoadMore';
import { nextPage } from '../../../components/inventory/next-page';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { formatCount, formatDateTime } from '../../../lib/format';
import { MOVEMENT_LABELS, REASON_LABELS } from './movement-labels';

/** Where documents of this app open, by the kind of reference a movement carries. */
const REFERENCE_PATHS: Partial<Record<NonNullable<StockMovementRow['reference']>['type'], string>> = {
  purchaseOrder: '/inventory/purchase-orders/',
  transfer: '/inventory/transfers/',
  count: '/inventory/count/',
};

/** The product's stock ledger in one store, newest first, a page at a time. */
export function MovementHistoryPanel({ product }: { product: ProductDetail }) {
  const staff = useCurrentStaff();
  const [storeId, setStoreId] = useState(staff.storeId);
  const movements = useMovements(product.id, storeId);
  const rows = useMemo(() => movements.data?.pages.flatMap((page) => page.items) ?? [], [movements.data]);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Movement history">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Movement history</Title>
        <Group gap="xs">
          <Select<number>
            aria-label="Store"
            size="xs"
            w={220}
            data={product.stock.map((row) => ({ value: row.storeId, label: row.storeName }))}
            value={storeId}
            onChange={(id) => id !== null && setStoreId(id)}
            allowDeselect={false}
          />
          <ExportButton list="stockMovements" filters={{ productId: product.id, storeId }} />
        </Group>
      </Group>
      {movements.isPending ? (
        <TableSkeleton rows={5} label="Loading movements" />
      ) : movements.isError && rows.length === 0 ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has moved in this store yet. Deliveries, sales, counts, transfers and adjustments show here.
        </Text>
      ) : (
        <>
          <Table verticalSpacing={6} data-testid="movement-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th ta="end">Change</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Document or note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((movement) => (
                <MovementRow key={movement.id} movement={movement} />
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore {...nextPage(movements)} />
        </>
      )}
    </Paper>
  );
}

function MovementRow({ movement }: { movement: StockMovementRow }) {
  const referencePath = movement.reference && REFERENCE_PATHS[movement.reference.type];
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatDateTime(movement.occurredAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {MOVEMENT_LABELS[movement.kind]}
          {movement.reason && ` · ${REASON_LABELS[movement.reason]}`}
        </Text>
      </Table.Td>
      <Table.Td ta="end" c={movement.quantity < 0 ? 'red' : 'teal'} ff="monospace">
        {movement.quantity > 0 ? '+' : '−'}
        {formatCount(Math.abs(movement.quantity))}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{movement.staffName ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate maw={260}>
          {movement.reference &&
            (referencePath ? (
              <Link to={`${referencePath}${movement.reference.id}`}>{movement.reference.label}</Link>
            ) : (
              movement.reference.label
            ))}
          {movement.reference && movement.note && ' · '}
          {movement.note}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
