import { Button, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { contract } from '../../../shared/contract';
import { useChangePassword, useSetPin, useSignOutEverywhere } from '../../api/hooks/useAccount';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

/** My account: anyone sets their own PIN, changes their password, or signs out of every screen. */
export function MyAccountScreen() {
  const staff = useCurrentStaff();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={2}>My account</Title>
      <Text c="dimmed">
        {staff.displayName} · {staff.username}
      </Text>
      <Section title="PIN">
        <PinForm hasPin={staff.hasPin} />
      </Section>
      <Section title="Password">
        <PasswordForm />
      </Section>
      <Section title="Sign out everywhere">
        <SignOutEverywhere />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function PinForm({ hasPin }: { hasPin: boolean }) {
  const setPin = useSetPin();
  const [pin, setPinValue] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
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
        <ErrorAlert error={setPin.error} />
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
  const change = useChangePassword();
  const empty = { currentPassword: '', newPassword: '', repeat: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { repeat, ...input } = values;
    const checked = validate(contract['auth.changePassword'].input, input);
    const found: FieldErrors = checked.ok ? {} : checked.errors;
    if (repeat !== input.newPassword) found.repeat = 'The two new passwords differ';
    setErrors(found);
    if (!checked.ok || found.repeat) return;
    change.mutate(checked.data, {
      onSuccess: () => {
        setValues(empty);
        notifications.show({
          color: 'teal',
          title: 'Password changed',
          message: 'Your other screens were signed out.',
        });
      },
    });
  }

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
        <ErrorAlert error={change.error} />
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
