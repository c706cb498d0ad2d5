import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { ADJUSTMENT_REASONS, contract, MAX_LINE_QUANTITY, type AdjustmentReason } from '../../../../shared/contract';
import { useAdjustStock } from '../../../api/hooks/useStock';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { formatCount } from '../../../lib/format';
import { isNumber } from '../../../lib/number-entry';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../../lib/validate';
import { REASON_LABELS } from './movement-labels';

type Direction = 'remove' | 'add';

/** Reasons that only ever take stock away; a correction goes either way. */
const REMOVING_REASONS: AdjustmentReason[] = ['damaged', 'expired', 'theft'];

/** A write-off or correction of stock in the person's own store, with the reason on the record. */
export function AdjustStockDialog({
  productId,
  productName,
  onHand,
  storeName,
  opened,
  onClose,
}: {
  productId: number;
  productName: string;
  onHand: number;
  storeName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [direction, setDirection] = useState<Direction>('remove');
  const [quantity, setQuantity] = useState<number | ''>('');
  const [reason, setReason] = useState<AdjustmentReason>('damaged');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const adjust = useAdjustStock();
  const change = !isNumber(quantity) ? 0 : direction === 'remove' ? -quantity : quantity;
  const reasons = direction === 'add' ? ['correction' as const] : ADJUSTMENT_REASONS;

  function close() {
    setDirection('remove');
    setQuantity('');
    setReason('damaged');
    setNote('');
    setErrors({});
    adjust.reset();
    onClose();
  }

  function submit() {
    const checked = validate(contract['stock.adjust'].input, { productId, quantity: change, reason, note });
    if (!checked.ok) {
      setErrors({ ...checked.errors, ...quantityProblem() });
      return;
    }
    adjust.mutate(checked.data, {
      onSuccess: (result) => {
        notifications.show({
          color: 'green',
          title: 'Stock adjusted',
          message: `${productName}: ${formatCount(result.onHand)} on hand in ${storeName}.`,
        });
        close();
      },
    });
  }

  /** The box holds how many, the contract a signed change: its limit is worded the way the box reads. */
  function quantityProblem(): FieldErrors {
    if (quantity === '') return { quantity: 'Enter how many' };
    if (quantity > MAX_LINE_QUANTITY) {
      return { quantity: `${direction === 'remove' ? 'Remove' : 'Add'} at most ${formatCount(MAX_LINE_QUANTITY)}` };
    }
    return {};
  }

  return (
    <Modal opened={opened} onClose={close} title={`Adjust stock — ${productName}`} centered>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            fullWidth
            value={direction}
            onChange={(value) => {
              const next = value as Direction;
              setDirection(next);
              if (next === 'add') setReason('correction');
              else if (!REMOVING_REASONS.includes(reason)) setReason('damaged');
            }}
            data={[
              { value: 'remove', label: 'Remove stock' },
              { value: 'add', label: 'Add stock' },
            ]}
          />
          <WholeNumberInput
            label="Quantity"
            min={1}
            allowNegative={false}
            value={quantity}
            onChange={(value) => {
              setQuantity(value);
              setErrors({});
            }}
            error={errors.quantity}
            data-autofocus
          />
          <Select
            label="Reason"
            data={reasons.map((value) => ({ value, label: REASON_LABELS[value] }))}
            value={reason}
            onChange={(value) => value && setReason(value as AdjustmentReason)}
            allowDeselect={false}
            error={errors.reason}
          />
          <Textarea
            label="Note"
            placeholder="What happened (optional)"
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
          <Text size="sm" c={onHand + change < 0 ? 'red' : 'dimmed'} aria-live="polite">
            On hand in {storeName}: {formatCount(onHand)}
            {change !== 0 && ` → ${formatCount(onHand + change)}`}
            {onHand + change < 0 && ' — stock cannot go below zero'}
          </Text>
          <ErrorAlert error={adjust.error} titles={{ INSUFFICIENT_STOCK: 'Not that many in stock' }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <Button type="submit" loading={adjust.isPending} color={direction === 'remove' ? 'red' : undefined}>
              {direction === 'remove' ? 'Remove from stock' : 'Add to stock'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
