import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PAYMENT_METHODS, type OrderDetail, type PaymentMethod } from '../../../../shared/contract/orders';
import { useTransitionOrder } from '../../../api/hooks/useOrders';
import { useSendOnce } from '../../../api/hooks/useSendOnce';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { money } from '../../../components/inventory/money';
import { MoneyInput } from '../../../components/inventory/MoneyInput';
import { METHOD_LABELS } from '../labels';
import { paymentFor } from '../till/payments';

/** Pays a pending order in full with one method; cash may be over-tendered and shows the change. */
export function MarkPaidDialog({
  order,
  opened,
  onClose,
}: {
  order: OrderDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [tendered, setTendered] = useState<number | null>(null);
  const transition = useTransitionOrder();
  const send = useSendOnce(transition);
  const typed = method === 'cash' ? (tendered ?? order.totalCents) : order.totalCents;
  const payment = Number.isNaN(typed) ? null : paymentFor(method, typed, order.totalCents);
  const short = method === 'cash' && !Number.isNaN(typed) && typed < order.totalCents;
  return (
    <Modal opened={opened} onClose={onClose} title={`Take payment of ${money(order.totalCents)}`} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (payment && !short) send({ id: order.id, to: 'paid', payments: [payment] }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Payment method"
            value={method}
            onChange={(value) => setMethod(value as PaymentMethod)}
            data={PAYMENT_METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }))}
          />
          {method === 'cash' && (
            <MoneyInput
              label="Cash tendered"
              placeholder={money(order.totalCents)}
              data-autofocus
              value={tendered}
              onChange={setTendered}
              error={short ? `At least ${money(order.totalCents)}` : undefined}
            />
          )}
          {payment?.tenderedCents !== undefined && payment.tenderedCents > payment.amountCents && (
            <Text fw={700} c="green">
              Change due {money(payment.tenderedCents - payment.amountCents)}
            </Text>
          )}
          <ErrorAlert error={transition.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" loading={transition.isPending} disabled={!payment || short}>
              Mark paid
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
