import { Button, Group, List, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { contract, type PhoneCountry, type PhoneCountrySaved } from '../../../shared/contract';
import { usePhoneCountry, useSetPhoneCountry } from '../../api/hooks/useCustomers';
import { CustomerLink } from '../../components/customers/CustomerLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryError } from '../../components/inventory/QueryError';
import { formatCount } from '../../lib/format';
import { formatPhone } from '../../lib/phone';
import { validate, type FieldErrors } from '../../lib/validate';

/**
 * Admins name the country of phones typed without +, so 06 12345678 and +31 6 12345678 are stored
 * as one number; saving also writes the phones already stored in full, and lists the customers who
 * would have shared one, to be merged.
 */
export function PhoneSettingsForm() {
  const setting = usePhoneCountry();
  if (setting.isPending) return <Skeleton height={60} aria-label="Loading the phone country" />;
  if (setting.isError) return <QueryError error={setting.error} onRetry={() => void setting.refetch()} />;
  return <PhoneCountryForm saved={setting.data.phoneCountry} />;
}

function PhoneCountryForm({ saved }: { saved: PhoneCountry | null }) {
  const save = useSetPhoneCountry();
  const [callingCode, setCallingCode] = useState(saved?.callingCode ?? '');
  const [trunkPrefix, setTrunkPrefix] = useState(saved?.trunkPrefix ?? '0');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<PhoneCountrySaved | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['settings.setPhoneCountry'].input, {
      callingCode: callingCode.trim().replace(/^\+/, ''),
      trunkPrefix: trunkPrefix.trim(),
    });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: (next) => {
        setCallingCode(next.phoneCountry.callingCode);
        setOutcome(next);
        notifications.show({
          color: 'teal',
          title: 'Phone country saved',
          message: `${formatCount(next.renumbered)} stored ${next.renumbered === 1 ? 'phone was' : 'phones were'} written in full.`,
        });
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Phone country">
      <Stack gap="md">
        <TextInput
          label="Calling code"
          description="Of the country phones typed without + belong to, for example 31 for the Netherlands."
          leftSection="+"
          value={callingCode}
          onChange={(event) => {
            setCallingCode(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.callingCode}
          inputMode="numeric"
          autoComplete="off"
          w={260}
        />
        <TextInput
          label="Trunk prefix"
          description="The digit dialled before a number at home, left out of the international form: 0 in most of Europe (06 12345678 → +31 6 12345678), 1 in North America, 8 in Russia; empty in Italy."
          value={trunkPrefix}
          onChange={(event) => {
            setTrunkPrefix(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.trunkPrefix}
          inputMode="numeric"
          autoComplete="off"
          w={260}
        />
        <Text size="sm" c="dimmed">
          Saving also writes every stored phone without + in full, except where two customers would then share a number:
          those stay as typed and are listed here to merge.
        </Text>
        <ErrorAlert
          error={save.error}
          titles={{
            FORBIDDEN: 'Only admins can change the phone country',
            VALIDATION: 'That phone country was not accepted',
            UNAUTHENTICATED: 'Log in again to save',
          }}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save phone country
          </Button>
          <Text size="sm" c="dimmed">
            {saved === null
              ? 'Not set: phones are stored as typed.'
              : `Saved: +${saved.callingCode}${saved.trunkPrefix ? `, trunk prefix ${saved.trunkPrefix} left out` : ''}`}
          </Text>
        </Group>
        {outcome && outcome.duplicates.length > 0 && <Duplicates duplicates={outcome.duplicates} />}
      </Stack>
    </form>
  );
}

function Duplicates({ duplicates }: { duplicates: PhoneCountrySaved['duplicates'] }) {
  return (
    <Stack gap="xs" aria-label="Customers sharing a number">
      <Text size="sm">These customers would share a number, so their phones were left as typed. Merge each pair:</Text>
      <List size="sm">
        {duplicates.map(({ phone, first, second }) => (
          <List.Item key={`${first.id}-${second.id}`}>
            {formatPhone(phone)}: <CustomerLink customer={first} /> and <CustomerLink customer={second} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
