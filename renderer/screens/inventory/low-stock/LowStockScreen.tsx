import { Button, EmptyState, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLowStock } from '../../../api/hooks/usePurchasing';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useStores } from '../../../api/hooks/useStock';
import { ExportButton } from '../../../components/ExportButton';
import { InventoryIcon } from '../../../components/icons';
import { LoadMore } from '../../../components/inventory/LoadMore';
import { nextPage } from '../../../components/inventory/next-page';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { formatCount } from '../../../lib/format';
import { DaysOfCover } from './DaysOfCover';

const velocityFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Products at or below their reorder point in a store, most urgent first (fewest days of cover). */
export function LowStockScreen() {
  const staff = useCurrentStaff();
  const can = useCan();
  const [storeId, setStoreId] = useState(staff.storeId);
  const stores = useStores();
  const lowStock = useLowStock(storeId);
  const rows = useMemo(() => lowStock.data?.pages.flatMap((page) => page.items) ?? [], [lowStock.data]);
  const ownStore = storeId === staff.storeId;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={3}>Low stock</Title>
          <Select<number>
            aria-label="Store"
            data={(stores.data ?? [{ id: staff.storeId, name: staff.storeName }]).map((store) => ({
              value: store.id,
              label: store.name,
            }))}
            value={storeId}
            onChange={(id) => id !== null && setStoreId(id)}
            allowDeselect={false}
            w={240}
          />
        </Group>
        <Group gap="sm">
          <ExportButton list="lowStock" filters={{ storeId }} />
          {can('purchasing.suggestReorders') && ownStore && (
            <Button component={Link} to="/inventory/low-stock/reorder">
              Suggest reorders
            </Button>
          )}
        </Group>
      </Group>
      {!ownStore && (
        <Text size="sm" c="dimmed">
          Reorders are suggested and drafted for your own store ({staff.storeName}).
        </Text>
      )}
      {lowStock.isPending ? (
        <TableSkeleton label="Loading low stock" />
      ) : lowStock.isError && rows.length === 0 ? (
        <QueryError error={lowStock.error} onRetry={() => void lowStock.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<InventoryIcon size={28} />}
          withIndicatorBackground
          title="Nothing is running low"
          description="Products show here once stock on hand falls to their reorder point. Set reorder points on each product (or many at once from the product list)."
        />
      ) : (
        <>
          <Table highlightOnHover verticalSpacing={6} aria-label="Low stock">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th>SKU</Table.Th>
                <Table.Th ta="end">On hand</Table.Th>
                <Table.Th ta="end">Reorder at</Table.Th>
                <Table.Th ta="end">Sold, 28 days</Table.Th>
                <Table.Th ta="end">Per day</Table.Th>
                <Table.Th>Lasts</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.productId} data-testid="low-stock-row">
                  <Table.Td>
                    <Link to={`/inventory/products/${row.productId}`}>{row.name}</Link>
                  </Table.Td>
                  <Table.Td ff="monospace" fz="xs">
                    {row.sku}
                  </Table.Td>
                  <Table.Td ta="end" fw={600}>
                    {formatCount(row.onHand)}
                  </Table.Td>
                  <Table.Td ta="end">{formatCount(row.reorderPoint)}</Table.Td>
                  <Table.Td ta="end">{formatCount(row.salesLast28Days)}</Table.Td>
                  <Table.Td ta="end">{velocityFormat.format(row.dailyVelocity)}</Table.Td>
                  <Table.Td>
                    <DaysOfCover days={row.daysOfCover} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore {...nextPage(lowStock)} />
        </>
      )}
    </Stack>
  );
}
