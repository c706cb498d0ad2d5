import { Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PURCHASE_ORDER_STATUSES } from '../../../shared/purchase-order-status';
import { useSuppliers } from '../../api/hooks/useCatalog';
import { purchaseOrderListFilters, usePurchaseOrders } from '../../api/hooks/usePurchasing';
import { ExportButton } from '../../components/ExportButton';
import { StoreFilter, useStoreName } from '../../components/StoreFilter';
import { LoadMore } from '../../components/inventory/LoadMore';
import { nextPage } from '../../components/inventory/next-page';
import { money } from '../../components/inventory/money';
import { QueryError } from '../../components/inventory/QueryError';
import { Shortcut } from '../../components/inventory/Shortcut';
import { TableSkeleton } from '../../components/inventory/TableSkeleton';
import { useCan } from '../../components/inventory/useCan';
import { useShortcut } from '../../components/inventory/useShortcut';
import { formatCount, formatDate } from '../../lib/format';
import { PurchaseOrdersEmpty } from './PurchaseOrdersEmpty';
import { orderTitle, STATUS_LABELS, StatusBadge } from './status';

const ALL = 'all';

/** A store's purchase orders (the person's own unless they pick another they work in), newest first, by status and supplier. */
export function PurchaseOrdersScreen() {
  const navigate = useNavigate();
  const can = useCan();
  const canCreate = can('purchaseOrders.create');
  useShortcut('n', () => void navigate('/inventory/purchase-orders/new'), { enabled: canCreate });
  // The status lives in the address: "Create draft purchase orders" lands here showing drafts.
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = PURCHASE_ORDER_STATUSES.find((value) => value === statusParam) ?? null;
  const [supplierId, setSupplierId] = useState<number | null>(null);
  const [storeId, setStoreId] = useState<number | null>(null);
  const suppliers = useSuppliers();
  const otherStore = useStoreName(storeId);
  const filters = { status, supplierId, storeId };
  const orders = usePurchaseOrders(filters);
  const rows = useMemo(() => orders.data?.pages.flatMap((page) => page.items) ?? [], [orders.data]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>Purchase orders</Title>
        <Group gap="sm">
          <ExportButton list="purchaseOrders" filters={purchaseOrderListFilters(filters)} />
          {canCreate && (
            <Button component={Link} to="/inventory/purchase-orders/new" rightSection={<Shortcut keys="N" />}>
              New purchase order
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Status"
          value={status ?? ALL}
          onChange={(value) => setParams(value === ALL ? {} : { status: value }, { replace: true })}
          data={[
            { value: ALL, label: 'All' },
            ...PURCHASE_ORDER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          ]}
        />
        <Select<number>
          aria-label="Supplier"
          placeholder="All suppliers"
          data={(suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
          value={supplierId}
          onChange={setSupplierId}
          searchable
          clearable
          w={260}
        />
        <StoreFilter value={storeId} onChange={setStoreId} />
      </Group>
      {orders.isPending ? (
        <TableSkeleton label="Loading purchase orders" />
      ) : orders.isError && rows.length === 0 ? (
        <QueryError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : rows.length === 0 ? (
        <PurchaseOrdersEmpty
          filtered={status !== null || supplierId !== null}
          otherStore={otherStore}
          canCreate={canCreate}
        />
      ) : (
        <>
          <Table highlightOnHover verticalSpacing={8} aria-label="Purchase orders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Order</Table.Th>
                <Table.Th>Supplier</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="end">Lines</Table.Th>
                <Table.Th ta="end">Total</Table.Th>
                <Table.Th>Expected</Table.Th>
                <Table.Th>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((order) => (
                <Table.Tr key={order.id} data-testid="purchase-order-row">
                  <Table.Td>
                    <Link to={`/inventory/purchase-orders/${order.id}`}>{orderTitle(order.number)}</Link>
                  </Table.Td>
                  <Table.Td>{order.supplier.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={order.status} />
                  </Table.Td>
                  <Table.Td ta="end">{formatCount(order.lineCount)}</Table.Td>
                  <Table.Td ta="end">{money(order.totalCents)}</Table.Td>
                  <Table.Td>{order.expectedAt ? formatDate(order.expectedAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDate(order.createdAt)}{' '}
                      <Text span size="xs" c="dimmed">
                        by {order.createdByName}
                      </Text>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore {...nextPage(orders)} />
        </>
      )}
    </Stack>
  );
}
