import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { useCreateStore } from '../../api/hooks/useSetup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';
import { systemTimeZone } from '../../../shared/local-day';
import { TimeZoneSelect } from './TimeZoneSelect';

const EMPTY = { storeName: '', storeCode: '', adminDisplayName: '', adminUsername: '', adminPassword: '' };

/** Creates the store and its first admin; on success that admin is logged in. */
export function CreateStoreForm({ onCreated }: { onCreated: () => void }) {
  const createStore = useCreateStore();
  const [values, setValues] = useState(EMPTY);
  // The computer's own zone is the likely answer: a first run happens in the store.
  const [timeZone, setTimeZone] = useState(systemTimeZone);
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const field = (name: keyof typeof EMPTY, transform: (value: string) => string = (value) => value) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = transform(event.currentTarget.value);
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['setup.createStore'].input, { ...values, timeZone });
    const found = checked.ok ? {} : { ...checked.errors };
    if (confirmPassword !== values.adminPassword) found.confirmPassword = 'The passwords do not match';
    setErrors(found);
    if (!checked.ok || found.confirmPassword) return;
    createStore.mutate(checked.data, { onSuccess: onCreated });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Store name" autoFocus {...field('storeName')} />
        <TextInput
          label="Store code"
          description="Short code printed on receipts and used between stores, e.g. MAIN or DT-01"
          // The code is capitals only; typing it in any case is easier than reading the rule.
          {...field('storeCode', (value) => value.toUpperCase())}
        />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
        <TextInput label="Your name" autoComplete="name" {...field('adminDisplayName')} />
        <TextInput label="Username" autoComplete="username" {...field('adminUsername')} />
        <PasswordInput
          label="Password"
          description="At least 10 characters"
          autoComplete="new-password"
          {...field('adminPassword')}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.currentTarget.value)}
          error={errors.confirmPassword}
        />
        <ErrorAlert error={createStore.error} />
        <Button type="submit" loading={createStore.isPending} fullWidth>
          Create store
        </Button>
      </Stack>
    </form>
  );
}
