import { Button, EmptyState, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTransfers, type TransferFilters } from '../../../api/hooks/useStock';
import { InventoryIcon } from '../../../components/icons';
import { StoreFilter, useStoreName } from '../../../components/StoreFilter';
import { LoadMore } from '../../../components/inventory/LoadMore';
import { nextPage } from '../../../components/inventory/next-page';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { formatCount, formatDate } from '../../../lib/format';
import { useCanActIn } from '../useCanActIn';
import { TransferStatus, transferTitle } from './TransferStatus';

const ANY = 'any';

/**
 * Stock moving between a store (the person's own unless they pick another they work in) and the
 * others: what is on its way there, and what was sent.
 */
export function TransfersScreen() {
  const navigate = useNavigate();
  const can = useCan();
  const canActIn = useCanActIn();
  const canSend = can('transfers.send');
  useShortcut('n', () => void navigate('/inventory/transfers/new'), { enabled: canSend });
  const [filters, setFilters] = useState<TransferFilters>({ direction: 'incoming', status: null, storeId: null });
  const transfers = useTransfers(filters);
  const otherStore = useStoreName(filters.storeId);
  const rows = useMemo(() => transfers.data?.pages.flatMap((page) => page.items) ?? [], [transfers.data]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>Transfers</Title>
        {canSend && (
          <Button component={Link} to="/inventory/transfers/new" rightSection={<Shortcut keys="N" />}>
            Send stock to a store
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <SegmentedControl
          aria-label="Direction"
          value={filters.direction}
          onChange={(direction) => setFilters({ ...filters, direction: direction as TransferFilters['direction'] })}
          data={[
            { value: 'incoming', label: 'Coming here' },
            { value: 'outgoing', label: 'Sent from here' },
            { value: 'both', label: 'Both' },
          ]}
        />
        <SegmentedControl
          aria-label="Status"
          value={filters.status ?? ANY}
          onChange={(status) =>
            setFilters({ ...filters, status: status === ANY ? null : (status as TransferFilters['status']) })
          }
          data={[
            { value: ANY, label: 'Any status' },
            { value: 'in_transit', label: 'In transit' },
            { value: 'received', label: 'Received' },
          ]}
        />
        <StoreFilter value={filters.storeId} onChange={(storeId) => setFilters({ ...filters, storeId })} />
      </Group>
      {transfers.isPending ? (
        <TableSkeleton label="Loading transfers" />
      ) : transfers.isError && rows.length === 0 ? (
        <QueryError error={transfers.error} onRetry={() => void transfers.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<InventoryIcon size={28} />}
          withIndicatorBackground
          title={
            filters.direction === 'incoming'
              ? `Nothing on its way ${otherStore === null ? 'here' : `to ${otherStore}`}`
              : `No transfers${otherStore === null ? '' : ` for ${otherStore}`}`
          }
          description="When another store sends stock here, it shows in “Coming here” until you receive it. To move stock to another store, use “Send stock to a store”."
        />
      ) : (
        <>
          <Table highlightOnHover verticalSpacing={8} aria-label="Transfers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Transfer</Table.Th>
                <Table.Th>From → to</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="end">Units sent</Table.Th>
                <Table.Th ta="end">Received</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((transfer) => {
                const receivable = transfer.status === 'in_transit' && canActIn(transfer.toStore.id);
                return (
                  <Table.Tr key={transfer.id}>
                    <Table.Td>
                      <Link to={`/inventory/transfers/${transfer.id}`}>{transferTitle(transfer.id)}</Link>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {transfer.fromStore.name} → {transfer.toStore.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TransferStatus transfer={transfer} />
                    </Table.Td>
                    <Table.Td ta="end">{formatCount(transfer.unitsSent)}</Table.Td>
                    <Table.Td ta="end">
                      {transfer.unitsReceived === null ? '—' : formatCount(transfer.unitsReceived)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {formatDate(transfer.sentAt)}{' '}
                        <Text span size="xs" c="dimmed">
                          by {transfer.sentByName}
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      {receivable && can('transfers.receive') && (
                        <Button size="compact-sm" component={Link} to={`/inventory/transfers/${transfer.id}`}>
                          Receive
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <LoadMore {...nextPage(transfers)} />
        </>
      )}
    </Stack>
  );
}
