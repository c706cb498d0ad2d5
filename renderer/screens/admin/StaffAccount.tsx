import { Button, Group, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { useSetPin, useSignOutEverywhere } from '../../api/hooks/useAccount';
import { usePasswordChangeForm } from '../../api/hooks/usePasswordChangeForm';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';
import { SettingsSection } from '../../components/SettingsSection';

/** My account: anyone sets their own PIN, changes their password, or signs out of every screen. */
export function MyAccountScreen() {
  const staff = useCurrentStaff();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={2}>My account</Title>
      <Text c="dimmed">
        {staff.displayName} · {staff.username}
      </Text>
      <SettingsSection title="PIN">
        <PinForm hasPin={staff.hasPin} />
      </SettingsSection>
      <SettingsSection title="Password">
        <PasswordForm />
      </SettingsSection>
      <SettingsSection title="Sign out everywhere">
        <SignOutEverywhere />
      </SettingsSection>
    </Stack>
  );
}

function PinForm({ hasPin }: { hasPin: boolean }) {
  const setPin = useSetPin();
  const [pin, setPinValue] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setErrors] = useState<FieldErrors>({});
  // A password that is not the person's own comes back naming its field, and shows there.
  const serverErrors = apiFieldErrors(setPin.error);
  const errors = { ...serverErrors, ...localErrors };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  function save(next: string | null) {
    const checked = validate(contract['staff.setPin'].input, { pin: next, password });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setPin.mutate(checked.data, {
      onSuccess: () => {
        setPinValue('');
        setPassword('');
        notifications.show({
          color: 'teal',
          title: next ? 'PIN saved' : 'PIN removed',
          message: next ? 'Use it to log in or unlock at the till.' : 'Log in and unlock with your password.',
        });
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(pin);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {hasPin
            ? 'You have a PIN. Choose a new one, or remove it.'
            : 'A 4 to 6 digit PIN lets you log in and unlock the screen quickly at a shared till.'}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            label="New PIN"
            description="4 to 6 digits, not 1234 or 1111"
            inputMode="numeric"
            maxLength={6}
            autoComplete="off"
            value={pin}
            error={errors.pin}
            onChange={(event) => setPinValue(event.currentTarget.value)}
          />
          <PasswordInput
            label="Your password"
            description="To confirm it is you"
            autoComplete="current-password"
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
        </SimpleGrid>
        {Object.keys(serverErrors).length === 0 && <ErrorAlert error={setPin.error} />}
        <Group>
          <Button type="submit" loading={setPin.isPending}>
            Save PIN
          </Button>
          {hasPin && (
            <Button variant="default" onClick={() => save(null)} disabled={setPin.isPending}>
              Remove PIN
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const { change, formError, field, formRef, submit } = usePasswordChangeForm(() =>
    notifications.show({ color: 'teal', title: 'Password changed', message: 'Your other screens were signed out.' }),
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PasswordInput label="Current password" autoComplete="current-password" {...field('currentPassword')} />
          <PasswordInput
            label="New password"
            description="At least 10 characters"
            autoComplete="new-password"
            {...field('newPassword')}
          />
          <PasswordInput label="Repeat new password" autoComplete="new-password" {...field('repeat')} />
        </SimpleGrid>
        <ErrorAlert error={formError} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SignOutEverywhere() {
  const signOut = useSignOutEverywhere();
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        Ends every session you have open, on every till and browser, this one included.
      </Text>
      <ErrorAlert error={signOut.error} />
      <Button color="red" variant="light" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        Sign out everywhere
      </Button>
    </Stack>
  );
}
