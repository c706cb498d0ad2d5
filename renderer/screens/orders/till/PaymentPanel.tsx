import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../shared/contract/orders';
import { money } from '../../../components/inventory/money';
import { MoneyInput } from '../../../components/inventory/MoneyInput';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useShortcut } from '../../../components/inventory/useShortcut';
import {
  changeCents,
  defaultAmount,
  METHOD_LABELS,
  paidCents,
  paymentFor,
  paymentProblem,
  type TillPayment,
} from './payments';

/** The methods' keys in the order the methods are shown; the segments have no room for them. */
const METHOD_KEYS = 'Alt+1 to Alt+5 pick cash, card, voucher, store credit or other.';

/**
 * Payments against the quoted total, split across methods. Enter in the amount box adds the
 * payment (an empty box pays exactly what is still due); cash shows the change to give back.
 * The box takes typing even while the total is being priced, so F9 straight after a scan never
 * loses keys; Enter then waits, and the payment is added once the total is known. Store credit
 * shows what the customer has left of it and pays no more than that. Alt+1 to Alt+5 pick a method
 * and put the focus in the amount box, from anywhere on the till.
 */
export function PaymentPanel({
  totalCents,
  storeCreditCents,
  payments,
  onAdd,
  onRemove,
  onClear,
  onLeave,
  onFocusAmount,
}: {
  totalCents: number | null;
  /** The customer's store credit balance; null for a walk-in, undefined while not known. */
  storeCreditCents: number | null | undefined;
  payments: TillPayment[];
  onAdd: (payment: TillPayment) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
  onLeave: () => void;
  /** Puts the focus in the amount box, ready for the amount of the method just picked. */
  onFocusAmount: () => void;
}) {
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [amount, setAmount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [waitingForTotal, setWaitingForTotal] = useState(false);
  // A problem said while another customer (or none) was on the sale no longer holds once one is attached.
  const [errorCustomerCredit, setErrorCustomerCredit] = useState(storeCreditCents);
  if (errorCustomerCredit !== storeCreditCents) {
    setErrorCustomerCredit(storeCreditCents);
    setError(null);
  }
  const stillDue = totalCents === null ? null : totalCents - paidCents(payments);
  const change = changeCents(payments);
  const creditLeft =
    typeof storeCreditCents === 'number'
      ? storeCreditCents - paidCents(payments.filter((payment) => payment.method === 'store_credit'))
      : storeCreditCents;
  const emptyPays = stillDue === null ? null : defaultAmount(method, stillDue, creditLeft);

  const add = () => {
    if (stillDue === null) {
      setWaitingForTotal(true);
      return;
    }
    setWaitingForTotal(false);
    const typed = amount ?? defaultAmount(method, stillDue, creditLeft);
    const payment = paymentFor(method, typed, stillDue, creditLeft);
    if (!payment) {
      setError(paymentProblem(method, typed, stillDue, creditLeft));
      return;
    }
    onAdd(payment);
    setAmount(null);
    setError(null);
  };

  const chooseMethod = (chosen: PaymentMethod) => {
    setMethod(chosen);
    setError(null);
    onFocusAmount();
  };
  // Physical digit keys, so Alt+1 is the same key on keyboards where 1 needs Shift.
  useShortcut('alt+digit1', () => chooseMethod('cash'), { inFields: true });
  useShortcut('alt+digit2', () => chooseMethod('card'), { inFields: true });
  useShortcut('alt+digit3', () => chooseMethod('voucher'), { inFields: true });
  useShortcut('alt+digit4', () => chooseMethod('store_credit'), { inFields: true });
  useShortcut('alt+digit5', () => chooseMethod('other'), { inFields: true });

  useEffect(() => {
    if (waitingForTotal && stillDue !== null) add();
  });

  return (
    <Stack gap="xs" aria-label="Payment">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Payment
        </Title>
        <Shortcut keys="F9" />
      </Group>
      <SegmentedControl
        aria-label="Payment method"
        size="xs"
        value={method}
        onChange={(value) => setMethod(value as PaymentMethod)}
        data={PAYMENT_METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }))}
      />
      <MoneyInput
        label={method === 'cash' ? 'Cash tendered' : 'Amount'}
        placeholder={emptyPays !== null && emptyPays > 0 ? money(emptyPays) : undefined}
        description={
          waitingForTotal
            ? 'Working out the total; the payment is added as soon as it is known.'
            : method === 'store_credit' && typeof creditLeft === 'number'
              ? `${money(creditLeft)} of store credit left. Enter adds the payment; empty pays as much as it covers. ${METHOD_KEYS} Esc goes back to scanning.`
              : `Enter adds the payment; empty pays what is still due. ${METHOD_KEYS} Esc goes back to scanning.`
        }
        value={amount}
        onChange={(cents) => {
          setAmount(cents);
          setError(null);
        }}
        error={error ?? undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          } else if (event.key === 'Escape') {
            setWaitingForTotal(false);
            onLeave();
          }
        }}
      />
      {payments.map((payment, index) => (
        <Group key={index} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {METHOD_LABELS[payment.method]}
            {payment.tenderedCents !== undefined && ` (tendered ${money(payment.tenderedCents)})`}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" ff="monospace">
              {money(payment.amountCents)}
            </Text>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={`Remove ${METHOD_LABELS[payment.method]} payment`}
              onClick={() => onRemove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        </Group>
      ))}
      {stillDue !== null && (
        <Group justify="space-between">
          <Text fw={600}>Still due</Text>
          <Text fw={600} ff="monospace" aria-label="Still due">
            {money(Math.max(stillDue, 0))}
          </Text>
        </Group>
      )}
      {change > 0 && (
        <Group justify="space-between">
          <Text fw={700} c="green">
            Change due
          </Text>
          <Text fw={700} c="green" ff="monospace" aria-label="Change due">
            {money(change)}
          </Text>
        </Group>
      )}
      {payments.length > 0 && (
        <Button variant="subtle" size="compact-xs" onClick={onClear}>
          Clear payments
        </Button>
      )}
    </Stack>
  );
}
