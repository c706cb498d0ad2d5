import { Button, Group, NumberInput, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { BP_PER_WHOLE } from '../../../shared/pricing';
import { useSalesSettings, useSetSalesSettings } from '../../api/hooks/useOrders';
import { QueryError } from '../../components/inventory/QueryError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';
import { formatPercentBp } from '../orders/till/discount-text';

/** Basis points in one percent. */
const BP_PER_PERCENT = BP_PER_WHOLE / 100;
const FIELD = 'approvalThresholdBp';

/** Admins set how deep a line discount may go before a manager has to approve it. */
export function SalesSettingsForm() {
  const settings = useSalesSettings();
  if (settings.isPending) return <Skeleton height={60} aria-label="Loading the sales settings" />;
  if (settings.isError) {
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <ThresholdForm savedBp={settings.data.approvalThresholdBp} />;
}

function ThresholdForm({ savedBp }: { savedBp: number }) {
  const save = useSetSalesSettings();
  const [percent, setPercent] = useState<number | string>(savedBp / BP_PER_PERCENT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = typeof percent === 'number' ? percent : Number(percent.replace(',', '.'));
    if (percent === '' || !Number.isFinite(typed)) {
      setErrors({ [FIELD]: 'Enter a percentage, for example 10 or 12.5' });
      return;
    }
    // Two decimals of a percent are whole basis points; rounding drops float noise such as 12.3 * 100.
    const checked = validate(contract['settings.setSales'].input, {
      approvalThresholdBp: Math.round(typed * BP_PER_PERCENT),
    });
    if (!checked.ok) {
      setErrors({ [FIELD]: 'Use a percentage from 0 to 100 with at most two decimals' });
      return;
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: (saved) => {
        setPercent(saved.approvalThresholdBp / BP_PER_PERCENT);
        notifications.show({
          color: 'teal',
          title: 'Sales settings saved',
          message:
            saved.approvalThresholdBp === 0
              ? 'Every line discount now needs a manager’s approval.'
              : `Line discounts deeper than ${formatPercentBp(saved.approvalThresholdBp)} now need a manager’s approval.`,
        });
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Sales settings">
      <Stack gap="md">
        <NumberInput
          label="Discount approval threshold"
          description="Line discounts deeper than this need a manager’s approval at the till. Up to two decimals."
          value={percent}
          onChange={(value) => {
            setPercent(value);
            if (errors[FIELD]) setErrors({});
          }}
          error={errors[FIELD]}
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
        <ErrorAlert
          error={save.error}
          titles={{
            FORBIDDEN: 'Only admins can change sales settings',
            VALIDATION: 'That threshold was not accepted',
            UNAUTHENTICATED: 'Log in again to save',
          }}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save sales settings
          </Button>
          <Text size="sm" c="dimmed">
            Saved: {formatPercentBp(savedBp)}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
