import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { contract, type ChannelInput, type SupplierRow } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { apiFieldErrors } from '../../../components/inventory/api-field-errors';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../../lib/validate';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  useShortcut('alt+s', () => formRef.current?.requestSubmit(), { inFields: true, enabled: !readOnly });
  const shown = { ...apiFieldErrors(error), ...errors };

  function set<K extends keyof SupplierFields>(key: K, value: SupplierFields[K]) {
    setFields((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = { ...fields, leadTimeDays: fields.leadTimeDays === '' ? Number.NaN : fields.leadTimeDays };
        const checked = validate(contract['suppliers.create'].input, input);
        if (!checked.ok) {
          setErrors(
            fields.leadTimeDays === '' ? { ...checked.errors, leadTimeDays: 'Enter a number of days' } : checked.errors,
          );
          return;
        }
        onSubmit(input);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          withAsterisk
          value={fields.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={shown.name}
          readOnly={readOnly}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Contact person"
            value={fields.contactName}
            onChange={(event) => set('contactName', event.currentTarget.value)}
            error={shown.contactName}
            readOnly={readOnly}
          />
          <NumberInput
            label="Lead time"
            description="Days from order to delivery"
            suffix=" days"
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            value={fields.leadTimeDays}
            onChange={(value) => set('leadTimeDays', typeof value === 'number' ? value : '')}
            error={shown.leadTimeDays}
            readOnly={readOnly}
          />
          <TextInput
            label="Email"
            type="email"
            value={fields.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={shown.email}
            readOnly={readOnly}
          />
          <TextInput
            label="Phone"
            type="tel"
            value={fields.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
            error={shown.phone}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={fields.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={shown.notes}
          readOnly={readOnly}
        />
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
