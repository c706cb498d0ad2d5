import { Button, Text } from '@mantine/core';
import { countOf } from '../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PurchaseOrderDetail } from '../../../shared/contract';
import { useCancelPurchaseOrder } from '../../api/hooks/usePurchasing';
import { ConfirmDialog } from '../../components/inventory/ConfirmDialog';
import { useCan } from '../../components/inventory/useCan';
import { orderTitle } from './status';

const CANCELLABLE = new Set(['draft', 'sent', 'partially_received']);

/** Cancels an order after saying what that means for it; received stock stays where it is. */
export function CancelOrderButton({ order }: { order: PurchaseOrderDetail }) {
  const can = useCan();
  const [opened, setOpened] = useState(false);
  const cancel = useCancelPurchaseOrder();
  if (!can('purchaseOrders.cancel') || !CANCELLABLE.has(order.status)) return null;
  const received = order.lines.reduce((sum, line) => sum + line.quantityReceived, 0);

  function close() {
    cancel.reset();
    setOpened(false);
  }

  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpened(true)}>
        Cancel order…
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Cancel ${orderTitle(order.number)}?`}
        confirmLabel="Cancel purchase order"
        danger
        loading={cancel.isPending}
        error={cancel.error}
        errorTitles={{ CONFLICT: 'This order changed meanwhile' }}
        onClose={close}
        onConfirm={() =>
          // A cancelled draft leaves the editor (and this button) behind: continue with the promise.
          cancel
            .mutateAsync({ id: order.id, version: order.version })
            .then(() => {
              notifications.show({ title: 'Purchase order cancelled', message: orderTitle(order.number) });
              close();
            })
            // The dialog shows a refusal itself, from `cancel.error`.
            .catch(() => undefined)
        }
      >
        <Text size="sm">
          {order.status === 'draft'
            ? 'The draft is kept for the record but can no longer be sent.'
            : received > 0
              ? `${countOf(received, 'unit')} already arrived and stay in stock; the rest is no longer on order. Tell ${order.supplier.name} as well.`
              : `Nothing is on order from ${order.supplier.name} any more. Tell them as well.`}
        </Text>
      </ConfirmDialog>
    </>
  );
}
