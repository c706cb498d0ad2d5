import {
  Button,
  Divider,
  Group,
  Input,
  Modal,
  MultiSelect,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { contract, type ChannelInput, type StaffProfile } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { useSetPin } from '../../api/hooks/useAccount';
import { useSignOutStaff, useUpdateStaff } from '../../api/hooks/useStaff';
import { useStores } from '../../api/hooks/useStock';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { ConfirmDialog } from '../../components/inventory/ConfirmDialog';
import { ROLE_LABELS } from '../../lib/role-labels';
import { validate, type FieldErrors } from '../../lib/validate';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const ROLE_LABEL_ID = 'edit-staff-role';

/**
 * Edits one member through staff.update: name, role, home store and stores; disables or enables
 * them (never deletes: their sales and counts keep their name); resets their password, which
 * they must change at their next login; clears their PIN; signs them out everywhere.
 */
export function StaffEditor({
  member,
  isSelf,
  onClose,
}: {
  member: StaffProfile;
  isSelf: boolean;
  onClose: () => void;
}) {
  const update = useUpdateStaff();
  const stores = useStores();
  const storeOptions = (stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }));
  const [values, setValues] = useState({
    displayName: member.displayName,
    role: member.role,
    storeId: String(member.storeId),
    storeIds: member.storeIds.map(String),
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const change: ChannelInput<'staff.update'> = { staffId: member.id };
    if (values.displayName !== member.displayName) change.displayName = values.displayName;
    if (values.role !== member.role) change.role = values.role;
    if (Number(values.storeId) !== member.storeId) change.storeId = Number(values.storeId);
    const storeIds = values.storeIds.map(Number).sort((a, b) => a - b);
    if (storeIds.join() !== member.storeIds.join()) change.storeIds = storeIds;
    if (Object.keys(change).length === 1) return onClose();
    const checked = validate(contract['staff.update'].input, change);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    update.mutate(checked.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          title: 'Staff member saved',
          message: `${saved.displayName} is up to date.`,
        });
        onClose();
      },
    });
  }

  return (
    <Modal opened onClose={onClose} title={`Edit ${member.displayName}`} size="lg" centered>
      <Stack gap="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Name"
                value={values.displayName}
                error={errors.displayName}
                onChange={(event) => {
                  const displayName = event.currentTarget.value;
                  setValues((current) => ({ ...current, displayName }));
                }}
              />
              <Input.Wrapper label="Role" labelElement="div" labelProps={{ id: ROLE_LABEL_ID }}>
                <SegmentedControl<Role>
                  aria-labelledby={ROLE_LABEL_ID}
                  data={ROLE_OPTIONS}
                  value={values.role}
                  disabled={isSelf}
                  onChange={(role) => setValues((current) => ({ ...current, role }))}
                  fullWidth
                />
              </Input.Wrapper>
              <Select
                label="Home store"
                data={storeOptions}
                value={values.storeId}
                allowDeselect={false}
                onChange={(storeId) =>
                  storeId &&
                  setValues((current) => ({
                    ...current,
                    storeId,
                    storeIds: current.storeIds.includes(storeId) ? current.storeIds : [...current.storeIds, storeId],
                  }))
                }
              />
              <MultiSelect
                searchable
                label="Stores they work in"
                description="The home store is always one"
                data={storeOptions}
                value={values.storeIds}
                error={errors.storeIds}
                onChange={(storeIds) =>
                  setValues((current) => ({
                    ...current,
                    storeIds: storeIds.includes(current.storeId) ? storeIds : [current.storeId, ...storeIds],
                  }))
                }
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              A new role or stores signs them out everywhere, so no screen works on the old terms.
            </Text>
            <ErrorAlert error={update.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
              <Button type="submit" loading={update.isPending}>
                Save changes
              </Button>
            </Group>
          </Stack>
        </form>
        <Divider label="Access" labelPosition="left" />
        <AccessActions member={member} isSelf={isSelf} />
      </Stack>
    </Modal>
  );
}

function AccessActions({ member, isSelf }: { member: StaffProfile; isSelf: boolean }) {
  const update = useUpdateStaff();
  const clearPin = useSetPin();
  const signOut = useSignOutStaff();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();

  function resetPassword(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['staff.update'].input, { staffId: member.id, password });
    setPasswordError(checked.ok ? undefined : (checked.errors.password ?? 'Check the password'));
    if (!checked.ok) return;
    update.mutate(checked.data, {
      onSuccess: () => {
        setPassword('');
        notifications.show({
          color: 'teal',
          title: 'Password reset',
          message: isSelf
            ? 'Your password was changed.'
            : `${member.displayName} must choose a new password when they next log in.`,
        });
      },
    });
  }

  const toggleActive = () =>
    update.mutate({ staffId: member.id, isActive: !member.isActive }, { onSuccess: () => setConfirming(false) });

  return (
    <Stack gap="md">
      <form onSubmit={resetPassword} noValidate>
        <Group align="flex-end">
          <PasswordInput
            label="New password"
            description={isSelf ? 'At least 10 characters' : 'They must change it at their next login'}
            autoComplete="new-password"
            value={password}
            // Admins resetting their own password to the one in use are told so here.
            error={passwordError ?? apiFieldErrors(update.error).password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default" loading={update.isPending}>
            Reset password
          </Button>
        </Group>
      </form>
      {member.mustChangePassword && (
        <Text size="sm" c="orange">
          {member.displayName} must choose a new password at their next login.
        </Text>
      )}
      <Group>
        {member.hasPin && (
          <Button
            variant="default"
            loading={clearPin.isPending}
            onClick={() =>
              clearPin.mutate(
                { staffId: member.id, pin: null },
                {
                  onSuccess: () =>
                    notifications.show({
                      color: 'teal',
                      title: 'PIN cleared',
                      message: `${member.displayName} logs in with their password until they set a new PIN.`,
                    }),
                },
              )
            }
          >
            Clear PIN
          </Button>
        )}
        <Button
          variant="default"
          loading={signOut.isPending}
          onClick={() =>
            signOut.mutate(member.id, {
              onSuccess: () =>
                notifications.show({
                  color: 'teal',
                  title: 'Signed out',
                  message: `${member.displayName} is signed out everywhere.`,
                }),
            })
          }
        >
          Sign out everywhere
        </Button>
        {!isSelf && (
          <Button color={member.isActive ? 'red' : 'teal'} variant="light" onClick={() => setConfirming(true)}>
            {member.isActive ? 'Disable' : 'Enable'}
          </Button>
        )}
      </Group>
      <ErrorAlert error={clearPin.error ?? signOut.error} />
      <ConfirmDialog
        opened={confirming}
        title={member.isActive ? `Disable ${member.displayName}?` : `Enable ${member.displayName}?`}
        confirmLabel={member.isActive ? 'Disable' : 'Enable'}
        danger={member.isActive}
        loading={update.isPending}
        error={update.error}
        onConfirm={toggleActive}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          {member.isActive
            ? 'They are signed out at once and cannot log in until enabled again. Their sales and records keep their name.'
            : 'They can log in again with their password.'}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
