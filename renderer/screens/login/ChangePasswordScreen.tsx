import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import type { StaffProfile } from '../../../shared/contract';
import { usePasswordChangeForm } from '../../api/hooks/usePasswordChangeForm';
import { useLogout } from '../../api/hooks/useSession';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The step after logging in with a password an admin reset: nothing else opens until a new one is chosen. */
export function ChangePasswordScreen({ staff }: { staff: StaffProfile }) {
  const { change, formError, field, formRef, submit } = usePasswordChangeForm();
  const logout = useLogout();

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
          <ErrorAlert error={formError} />
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
