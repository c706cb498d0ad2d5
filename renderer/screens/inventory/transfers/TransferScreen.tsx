import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { TransferDetail } from '../../../../shared/contract';
import { useReceiveTransfer, useTransfer } from '../../../api/hooks/useStock';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DocumentHeader } from '../../../components/inventory/DocumentHeader';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { formatCount, formatDateTime } from '../../../lib/format';
import { isNumber } from '../../../lib/number-entry';
import { Difference } from '../count/Difference';
import { useCanActIn } from '../useCanActIn';
import { TransferStatus, transferTitle } from './TransferStatus';

export function TransferScreen() {
  const transferId = Number(useParams().transferId);
  const transfer = useTransfer(transferId);
  if (transfer.isPending) return <TableSkeleton label="Loading transfer" />;
  if (transfer.isError) {
    return (
      <QueryError
        error={transfer.error}
        onRetry={() => void transfer.refetch()}
        titles={{ NOT_FOUND: 'This transfer does not exist' }}
      />
    );
  }
  return <TransferView transfer={transfer.data} />;
}

/**
 * One transfer. The receiving store enters what actually arrived (filled in with what was sent);
 * lines that differ are marked before and after receiving.
 */
function TransferView({ transfer }: { transfer: TransferDetail }) {
  const can = useCan();
  const canActIn = useCanActIn();
  const receive = useReceiveTransfer();
  const receiving = transfer.status === 'in_transit' && canActIn(transfer.toStore.id) && can('transfers.receive');
  const [arrived, setArrived] = useState<Record<number, number | ''>>(() =>
    Object.fromEntries(transfer.lines.map((line) => [line.productId, line.quantitySent])),
  );
  const complete = transfer.lines.every((line) => isNumber(arrived[line.productId] ?? ''));

  function submit() {
    if (!complete) return;
    receive.mutate(
      {
        id: transfer.id,
        lines: transfer.lines.map((line) => ({
          productId: line.productId,
          quantityReceived: Number(arrived[line.productId]),
        })),
      },
      {
        onSuccess: (received) =>
          notifications.show({
            color: 'green',
            title: 'Transfer received',
            message: `${countOf(received.unitsReceived ?? 0, 'unit')} into stock.`,
          }),
      },
    );
  }
  useShortcut('alt+s', submit, { inFields: true, enabled: receiving && !receive.isPending });

  return (
    <Stack gap="md">
      <DocumentHeader
        title={transferTitle(transfer.id)}
        badge={<TransferStatus transfer={transfer} />}
        subtitle={`${transfer.fromStore.name} → ${transfer.toStore.name} · sent ${formatDateTime(transfer.sentAt)} by ${transfer.sentByName}${
          transfer.receivedAt ? ` · received ${formatDateTime(transfer.receivedAt)} by ${transfer.receivedByName}` : ''
        }`}
        backTo="/inventory/transfers"
        backLabel="Transfers"
      />
      {transfer.note && <Text size="sm">Note: {transfer.note}</Text>}
      {transfer.status === 'in_transit' && !receiving && (
        <Text size="sm" c="dimmed">
          On its way. {transfer.toStore.name} books it when it arrives.
        </Text>
      )}
      <Paper withBorder p="md" radius="md">
        <Table verticalSpacing={4} aria-label="Transfer lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="end">Sent</Table.Th>
              <Table.Th w={150} ta="end">
                {receiving ? 'Arrived' : 'Received'}
              </Table.Th>
              <Table.Th ta="end">Difference</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transfer.lines.map((line) => {
              const received = receiving ? arrived[line.productId] : line.quantityReceived;
              const difference =
                received === '' || received === null || received === undefined ? null : received - line.quantitySent;
              return (
                <Table.Tr
                  key={line.productId}
                  bg={difference ? 'var(--mantine-color-orange-light)' : undefined}
                  data-discrepancy={difference ? true : undefined}
                >
                  <Table.Td ff="monospace" fz="xs">
                    {line.sku}
                  </Table.Td>
                  <Table.Td>{line.name}</Table.Td>
                  <Table.Td ta="end">{formatCount(line.quantitySent)}</Table.Td>
                  <Table.Td ta="end">
                    {receiving ? (
                      <WholeNumberInput
                        size="xs"
                        aria-label={`Arrived: ${line.name}`}
                        min={0}
                        allowNegative={false}
                        value={arrived[line.productId] ?? ''}
                        onChange={(value) =>
                          setArrived((current) => ({
                            ...current,
                            [line.productId]: value,
                          }))
                        }
                      />
                    ) : line.quantityReceived === null ? (
                      '—'
                    ) : (
                      formatCount(line.quantityReceived)
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{difference === null ? '—' : <Difference value={difference} />}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {receiving && (
        <>
          <ErrorAlert error={receive.error} />
          <StickyActions
            status={
              <Text size="sm" c="dimmed">
                Filled in with what was sent; change the lines that arrived short or over.
              </Text>
            }
          >
            <Button onClick={submit} loading={receive.isPending} disabled={!complete}>
              <Group gap={8} wrap="nowrap">
                Receive into stock <Shortcut keys="Alt+S" />
              </Group>
            </Button>
          </StickyActions>
        </>
      )}
    </Stack>
  );
}
