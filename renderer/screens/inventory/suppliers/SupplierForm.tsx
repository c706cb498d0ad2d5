import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { contract, type ChannelInput, type SupplierRow } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { apiFieldErrors } from '../../../components/inventory/api-field-errors';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { useFormFields } from '../../../lib/useFormFields';
import { validate } from '../../../lib/validate';

export type SupplierFields = {
  name: string;
  contactName: string;
  email: string;
  phone: string;
  leadTimeDays: number | '';
  notes: string;
};

export function fieldsFromSupplier(supplier: SupplierRow | null): SupplierFields {
  return {
    name: supplier?.name ?? '',
    contactName: supplier?.contactName ?? '',
    email: supplier?.email ?? '',
    phone: supplier?.phone ?? '',
    leadTimeDays: supplier?.leadTimeDays ?? 2,
    notes: supplier?.notes ?? '',
  };
}

/** A supplier's details, checked against the contract before sending; the host's refusals land on their fields. */
export function SupplierForm({
  initial,
  readOnly = false,
  saving,
  error,
  submitLabel,
  onSubmit,
  secondary,
}: {
  initial: SupplierFields;
  readOnly?: boolean;
  saving: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: ChannelInput<'suppliers.create'>) => void;
  secondary?: ReactNode;
}) {
  const { formRef, values, set, errors, setLocalErrors, text } = useFormFields(initial, apiFieldErrors(error));
  useShortcut('alt+s', () => formRef.current?.requestSubmit(), { inFields: true, enabled: !readOnly });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = { ...values, leadTimeDays: values.leadTimeDays === '' ? Number.NaN : values.leadTimeDays };
        const checked = validate(contract['suppliers.create'].input, input);
        if (!checked.ok) {
          setLocalErrors(
            values.leadTimeDays === '' ? { ...checked.errors, leadTimeDays: 'Enter a number of days' } : checked.errors,
          );
          return;
        }
        onSubmit(input);
      }}
    >
      <Stack gap="sm">
        <TextInput label="Name" withAsterisk {...text('name')} readOnly={readOnly} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Contact person" {...text('contactName')} readOnly={readOnly} />
          <WholeNumberInput
            label="Lead time"
            description="Days from order to delivery"
            suffix=" days"
            min={0}
            max={365}
            allowNegative={false}
            value={values.leadTimeDays}
            onChange={(value) => set('leadTimeDays', value)}
            error={errors.leadTimeDays}
            readOnly={readOnly}
          />
          <TextInput label="Email" type="email" {...text('email')} readOnly={readOnly} />
          <TextInput label="Phone" type="tel" {...text('phone')} readOnly={readOnly} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} {...text('notes')} readOnly={readOnly} />
        {Object.keys(apiFieldErrors(error)).length === 0 && <ErrorAlert error={error} />}
        {!readOnly && (
          <Group justify="flex-end">
            {secondary}
            <Button type="submit" loading={saving}>
              <Group gap={8} wrap="nowrap">
                {submitLabel} <Shortcut keys="Alt+S" />
              </Group>
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
