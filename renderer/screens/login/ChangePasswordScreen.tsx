import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { contract, type StaffProfile } from '../../../shared/contract';
import { useChangePassword } from '../../api/hooks/useAccount';
import { useLogout } from '../../api/hooks/useSession';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

/** The step after logging in with a password an admin reset: nothing else opens until a new one is chosen. */
export function ChangePasswordScreen({ staff }: { staff: StaffProfile }) {
  const change = useChangePassword();
  const logout = useLogout();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
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
    change.mutate(checked.data);
  }

  return (
    <CenteredPanel title="Choose a new password" subtitle={staff.displayName}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            An admin reset your password. Choose your own before you continue; no one else will know it.
          </Text>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            autoFocus
            {...field('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description="At least 10 characters"
            autoComplete="new-password"
            {...field('newPassword')}
          />
          <PasswordInput label="Repeat new password" autoComplete="new-password" {...field('repeat')} />
          <ErrorAlert error={change.error} />
          <Button type="submit" loading={change.isPending} fullWidth>
            Save new password
          </Button>
          <Button variant="subtle" onClick={() => logout.mutate()}>
            Log out
          </Button>
        </Stack>
      </form>
    </CenteredPanel>
  );
}
