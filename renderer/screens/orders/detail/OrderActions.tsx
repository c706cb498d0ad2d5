import { Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { OrderDetail } from '../../../../shared/contract/orders';
import { useTransitionOrder } from '../../../api/hooks/useOrders';
import { useSendOnce } from '../../../api/hooks/useSendOnce';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ConfirmDialog } from '../../../components/inventory/ConfirmDialog';
import { money } from '../../../components/inventory/money';
import { MarkPaidDialog } from './MarkPaidDialog';
import { ReturnDialog } from './ReturnDialog';

type Open = 'pay' | 'cancel' | 'return' | null;

/** Only what allowedActions offers: the host decided from the status and the caller's role. */
export function OrderActions({ order }: { order: OrderDetail }) {
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const transition = useTransitionOrder();
  const send = useSendOnce(transition);
  const { transitions, canReturn } = order.allowedActions;
  if (transitions.length === 0 && !canReturn) return null;
  const close = () => {
    setOpen(null);
    transition.reset();
  };
  const move = (to: 'fulfilled' | 'delivered') => send({ id: order.id, to });

  return (
    <>
      <Group gap="sm">
        {transitions.includes('paid') && <Button onClick={() => setOpen('pay')}>Mark paid</Button>}
        {transitions.includes('fulfilled') && (
          <Button variant="default" loading={transition.isPending && open === null} onClick={() => move('fulfilled')}>
            Mark fulfilled
          </Button>
        )}
        {transitions.includes('delivered') && (
          <Button variant="default" loading={transition.isPending && open === null} onClick={() => move('delivered')}>
            Mark delivered
          </Button>
        )}
        {canReturn && (
          <Button variant="default" onClick={() => setOpen('return')}>
            Return items
          </Button>
        )}
        {transitions.includes('cancelled') && (
          <Button variant="subtle" color="red" onClick={() => setOpen('cancel')}>
            Cancel order
          </Button>
        )}
      </Group>
      {open === null && <ErrorAlert error={transition.error} />}
      <ConfirmDialog
        opened={open === 'cancel'}
        title="Cancel this order?"
        confirmLabel="Cancel order"
        danger
        loading={transition.isPending}
        error={transition.error}
        onClose={close}
        onConfirm={() =>
          send(
            { id: order.id, to: 'cancelled', ...(reason.trim() ? { reason: reason.trim() } : {}) },
            { onSuccess: close },
          )
        }
      >
        <Text size="sm">
          {order.paidCents > 0
            ? `${money(order.paidCents)} is refunded to the original payments and what was not returned goes back into stock.`
            : 'Nothing was paid; the order is kept, marked cancelled.'}
        </Text>
        <Textarea
          label="Reason"
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </ConfirmDialog>
      <MarkPaidDialog order={order} opened={open === 'pay'} onClose={close} />
      <ReturnDialog order={order} opened={open === 'return'} onClose={close} />
    </>
  );
}
