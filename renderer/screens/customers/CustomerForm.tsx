import { Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { customerCreateInput, type CustomerProfile } from '../../../shared/contract/customers';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

export interface CustomerFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  marketingConsent: boolean;
  notes: string;
}

export function formValuesOf(customer: CustomerProfile | null): CustomerFormValues {
  return {
    firstName: customer?.firstName ?? '',
    lastName: customer?.lastName ?? '',
    email: customer?.email ?? '',
    phone: customer?.phone ?? '',
    marketingConsent: customer?.marketingConsent ?? false,
    notes: customer?.notes ?? '',
  };
}

/**
 * Contact details checked with the contract's own rules before sending; what only the host can
 * know (an email or phone another customer already has) comes back as CONFLICT on its field.
 */
export function CustomerForm({
  initial,
  error,
  onSubmit,
  actions,
}: {
  initial: CustomerFormValues;
  error: unknown;
  onSubmit: (values: CustomerFormValues) => void;
  actions: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, localErrors);
  const errors = { ...apiFieldErrors(error), ...localErrors };
  // A refusal tied to a field is shown there; anything else gets the alert above the buttons.
  const fieldBound = isApiError(error) && Object.keys(apiFieldErrors(error)).length > 0;

  // A refusal naming a field (a taken email) sends the cursor there, as a local check would.
  useEffect(() => {
    if (fieldBound) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, fieldBound]);

  function set<K extends keyof CustomerFormValues>(key: K, value: CustomerFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [key]: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(customerCreateInput, values);
    if (!checked.ok) {
      setLocalErrors(checked.errors);
      return;
    }
    setLocalErrors({});
    onSubmit(values);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Customer details">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First name"
            required
            value={values.firstName}
            error={errors.firstName}
            onChange={(event) => set('firstName', event.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label="Last name"
            required
            value={values.lastName}
            error={errors.lastName}
            onChange={(event) => set('lastName', event.currentTarget.value)}
          />
          <TextInput
            label="Email"
            type="email"
            value={values.email}
            error={errors.email}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <TextInput
            label="Phone"
            type="tel"
            description="Spaces, dashes and brackets are fine"
            value={values.phone}
            error={errors.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Checkbox
          label="Agrees to receive marketing"
          checked={values.marketingConsent}
          onChange={(event) => set('marketingConsent', event.currentTarget.checked)}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          error={errors.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
        />
        {!fieldBound && <ErrorAlert error={error} />}
        <Group justify="flex-end">{actions}</Group>
      </Stack>
    </form>
  );
}
