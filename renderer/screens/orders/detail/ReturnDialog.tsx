import { Button, Checkbox, Group, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { refundForUnits } from '../../../../shared/pricing';
import { useReturnOrder } from '../../../api/hooks/useOrders';
import { useSendOnce } from '../../../api/hooks/useSendOnce';
import { ApprovalDialog, needsManagerApproval, type Approval } from '../../../components/ApprovalDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { money } from '../../../components/inventory/money';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';

interface Choice {
  quantity: number;
  restock: boolean;
}

/** Choose lines and units to take back, restock or write off each, and where the refund goes. */
export function ReturnDialog({ order, opened, onClose }: { order: OrderDetail; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Return items" size="xl" centered>
      {opened && <ReturnForm order={order} onClose={onClose} />}
    </Modal>
  );
}

function ReturnForm({ order, onClose }: { order: OrderDetail; onClose: () => void }) {
  const returnable = order.lines.filter((line) => line.quantity > line.returnedQuantity);
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [refundTo, setRefundTo] = useState<'original' | 'store_credit'>('original');
  const [note, setNote] = useState('');
  const takeBack = useReturnOrder();
  const sendReturn = useSendOnce(takeBack);
  // A clerk's refund above the admin's threshold comes back asking for a manager's approval.
  const [asking, setAsking] = useState(false);
  const choose = (lineId: number, change: Partial<Choice>) =>
    setChoices((current) => ({ ...current, [lineId]: { quantity: 0, restock: true, ...current[lineId], ...change } }));

  const lines = returnable
    .map((line) => ({ line, choice: choices[line.id] }))
    .filter(
      (entry): entry is { line: (typeof returnable)[number]; choice: Choice } => (entry.choice?.quantity ?? 0) > 0,
    );
  const refund = lines.reduce(
    (sum, { line, choice }) => sum + refundForUnits(line, line.returnedQuantity, choice.quantity),
    0,
  );
  // A fraction typed (1,5) is named at its box; the return waits for it rather than leaving that line out.
  const ready = lines.length > 0 && !Object.values(choices).some((choice) => Number.isNaN(choice.quantity));

  const send = (approval?: Approval) => {
    const input: ChannelInput<'orders.return'> = {
      orderId: order.id,
      lines: lines.map(({ line, choice }) => ({
        orderLineId: line.id,
        quantity: choice.quantity,
        restock: choice.restock,
      })),
      refundTo,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(approval ? { approval } : {}),
    };
    sendReturn(input, {
      onSuccess: onClose,
      onError: (error) => setAsking(needsManagerApproval(error)),
    });
  };

  // The approval dialog stays outside the form: its own submit would bubble (through the portal) into this one.
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) send();
        }}
      >
        <Stack gap="sm">
          <Table aria-label="Lines to return">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th ta="end">Can return</Table.Th>
                <Table.Th>Return</Table.Th>
                <Table.Th>Back in stock</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returnable.map((line, index) => {
                const left = line.quantity - line.returnedQuantity;
                const choice = choices[line.id];
                return (
                  <Table.Tr key={line.id}>
                    <Table.Td>{line.name}</Table.Td>
                    <Table.Td ta="end">{left}</Table.Td>
                    <Table.Td>
                      <WholeNumberInput
                        aria-label={`Units of ${line.name} to return`}
                        w={90}
                        min={0}
                        max={left}
                        allowNegative={false}
                        clampBehavior="strict"
                        data-autofocus={index === 0 || undefined}
                        value={choice?.quantity ?? 0}
                        onChange={(value) => choose(line.id, { quantity: value === '' ? 0 : value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Put ${line.name} back in stock`}
                        label={choice?.restock === false ? 'Write off' : 'Restock'}
                        checked={choice?.restock ?? true}
                        onChange={(event) => choose(line.id, { restock: event.currentTarget.checked })}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <SegmentedControl
            aria-label="Refund to"
            value={refundTo}
            onChange={(value) => setRefundTo(value === 'store_credit' ? 'store_credit' : 'original')}
            data={[
              { value: 'original', label: 'Original payment' },
              { value: 'store_credit', label: 'Store credit', disabled: order.customer === null },
            ]}
          />
          {order.customer === null && (
            <Text size="xs" c="dimmed">
              Store credit needs a customer on the order.
            </Text>
          )}
          <Textarea
            label="Note"
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {!needsManagerApproval(takeBack.error) && <ErrorAlert error={takeBack.error} />}
          <Group justify="space-between">
            <Text fw={600} aria-label="Refund">
              Refund {money(refund)}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Go back
              </Button>
              <Button type="submit" disabled={!ready} loading={takeBack.isPending}>
                Take return
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ApprovalDialog
        opened={asking}
        confirmLabel="Approve and refund"
        loading={takeBack.isPending}
        error={takeBack.variables?.approval ? takeBack.error : null}
        onApprove={send}
        onClose={() => setAsking(false)}
      >
        This return refunds {money(refund)}, more than a clerk may refund alone.
      </ApprovalDialog>
    </>
  );
}
