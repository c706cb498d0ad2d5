import { Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { customerCreateInput, type CustomerProfile } from '../../../shared/contract/customers';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { useFormFields } from '../../lib/useFormFields';
import { validate } from '../../lib/validate';

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
  const { formRef, values, set, setLocalErrors, text } = useFormFields(initial, apiFieldErrors(error));
  // A refusal tied to a field is shown there; anything else gets the alert above the buttons.
  const fieldBound = isApiError(error) && Object.keys(apiFieldErrors(error)).length > 0;

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
          <TextInput label="First name" required {...text('firstName')} data-autofocus autoFocus />
          <TextInput label="Last name" required {...text('lastName')} />
          <TextInput label="Email" type="email" {...text('email')} />
          <TextInput label="Phone" type="tel" description="Spaces, dashes and brackets are fine" {...text('phone')} />
        </SimpleGrid>
        <Checkbox
          label="Agrees to receive marketing"
          checked={values.marketingConsent}
          onChange={(event) => set('marketingConsent', event.currentTarget.checked)}
        />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...text('notes')} />
        {!fieldBound && <ErrorAlert error={error} />}
        <Group justify="flex-end">{actions}</Group>
      </Stack>
    </form>
  );
}
