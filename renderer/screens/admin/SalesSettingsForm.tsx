import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { contract, type ChannelOutput } from '../../../shared/contract';
import { BP_PER_WHOLE } from '../../../shared/pricing';
import { useSalesSettings, useSetSalesSettings } from '../../api/hooks/useOrders';
import { QueryError } from '../../components/inventory/QueryError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { money } from '../../components/inventory/money';
import { MoneyInput } from '../../components/inventory/MoneyInput';
import { DecimalInput } from '../../components/LocaleNumberInput';
import { DECIMAL_SEPARATOR } from '../../lib/number-entry';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';
import { formatPercentBp } from '../orders/till/discount-text';

type SalesSettings = ChannelOutput<'settings.getSales'>;

/** Basis points in one percent. */
const BP_PER_PERCENT = BP_PER_WHOLE / 100;

/** Admins set how far a clerk may go alone: discount depth, refund size, and how much a count may change stock. */
export function SalesSettingsForm() {
  const settings = useSalesSettings();
  if (settings.isPending) return <Skeleton height={60} aria-label="Loading the sales settings" />;
  if (settings.isError) {
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <ThresholdForm saved={settings.data} />;
}

function ThresholdForm({ saved }: { saved: SalesSettings }) {
  const save = useSetSalesSettings();
  const [percent, setPercent] = useState<number | ''>(saved.approvalThresholdBp / BP_PER_PERCENT);
  const [refundCents, setRefundCents] = useState<number | null>(saved.refundApprovalCents);
  const [countCents, setCountCents] = useState<number | null>(saved.countApprovalCents);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = percent === '' ? Number.NaN : percent;
    const refund = amount(refundCents);
    const count = amount(countCents);
    const found: FieldErrors = {};
    if (Number.isNaN(typed))
      found.approvalThresholdBp = `Enter a percentage, for example 10 or 12${DECIMAL_SEPARATOR}5`;
    if (refund === undefined) found.refundApprovalCents = 'Enter an amount, 0 or more';
    if (count === undefined) found.countApprovalCents = 'Enter an amount, 0 or more';
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    // Two decimals of a percent are whole basis points; rounding drops float noise such as 12.3 * 100.
    const checked = validate(contract['settings.setSales'].input, {
      approvalThresholdBp: Math.round(typed * BP_PER_PERCENT),
      refundApprovalCents: refund,
      countApprovalCents: count,
    });
    if (!checked.ok) {
      setErrors({
        ...checked.errors,
        ...(checked.errors.approvalThresholdBp && {
          approvalThresholdBp: 'Use a percentage from 0 to 100 with at most two decimals',
        }),
      });
      return;
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: (next) => {
        setPercent(next.approvalThresholdBp / BP_PER_PERCENT);
        notifications.show({ color: 'teal', title: 'Sales settings saved', message: summary(next) });
      },
    });
  }

  const clear = (field: string) => errors[field] && setErrors(({ [field]: _cleared, ...rest }) => rest);

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Sales settings">
      <Stack gap="md">
        <DecimalInput
          label="Discount approval threshold"
          description="Line discounts deeper than this need a manager’s approval at the till. Up to two decimals."
          value={percent}
          onChange={(value) => {
            setPercent(value);
            clear('approvalThresholdBp');
          }}
          error={errors.approvalThresholdBp}
          suffix="%"
          min={0}
          max={100}
          decimalScale={2}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          autoComplete="off"
          w={260}
        />
        <MoneyInput
          label="Refund approval threshold"
          description="A clerk’s return refunding more than this needs a manager’s approval."
          value={refundCents}
          onChange={(value) => {
            setRefundCents(value);
            clear('refundApprovalCents');
          }}
          error={errors.refundApprovalCents}
          w={260}
        />
        <MoneyInput
          label="Stock count approval threshold"
          description="A clerk’s count changing stock by more than this at cost (every line’s difference, up or down) needs a manager’s approval."
          value={countCents}
          onChange={(value) => {
            setCountCents(value);
            clear('countApprovalCents');
          }}
          error={errors.countApprovalCents}
          w={260}
        />
        <ErrorAlert
          error={save.error}
          titles={{
            FORBIDDEN: 'Only admins can change sales settings',
            VALIDATION: 'Those settings were not accepted',
            UNAUTHENTICATED: 'Log in again to save',
          }}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save sales settings
          </Button>
          <Text size="sm" c="dimmed">
            Saved: {formatPercentBp(saved.approvalThresholdBp)} discount, {money(saved.refundApprovalCents)} refund,{' '}
            {money(saved.countApprovalCents)} count
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

/** Cents typed in a money box; undefined while it is empty or not an amount. */
function amount(cents: number | null): number | undefined {
  return cents === null || Number.isNaN(cents) ? undefined : cents;
}

function summary(settings: SalesSettings): string {
  const discount =
    settings.approvalThresholdBp === 0
      ? 'Every line discount needs a manager’s approval'
      : `Line discounts deeper than ${formatPercentBp(settings.approvalThresholdBp)} need a manager’s approval`;
  return `${discount}; so do a clerk’s refunds above ${money(settings.refundApprovalCents)} and counts moving more than ${money(settings.countApprovalCents)} of stock.`;
}
