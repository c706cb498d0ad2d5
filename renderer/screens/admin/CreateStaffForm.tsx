import {
  Button,
  Group,
  Input,
  MultiSelect,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { useCreateStaff } from '../../api/hooks/useStaff';
import { useStores } from '../../api/hooks/useStock';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { ROLE_LABELS } from '../../lib/role-labels';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

const EMPTY = { displayName: '', username: '', password: '', role: 'clerk' as Role, storeIds: [] as string[] };
const ROLE_LABEL_ID = 'create-staff-role';
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateStaffForm() {
  const createStaff = useCreateStaff();
  const stores = useStores();
  const storeOptions = (stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }));
  const [values, setValues] = useState(EMPTY);
  const [localErrors, setErrors] = useState<FieldErrors>({});
  // A username already taken comes back naming its field, and shows there.
  const serverErrors = apiFieldErrors(createStaff.error);
  const errors = { ...serverErrors, ...localErrors };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const set = (name: 'displayName' | 'username' | 'password') => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { storeIds, ...rest } = values;
    // Left empty, the new member works in the admin's own store only.
    const input =
      storeIds.length > 0 ? { ...rest, storeId: Number(storeIds[0]), storeIds: storeIds.map(Number) } : rest;
    const checked = validate(contract['staff.create'].input, input);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    createStaff.mutate(checked.data, {
      onSuccess: (member) => {
        setValues(EMPTY);
        // Ready for the next person without reaching for the mouse.
        formRef.current?.querySelector('input')?.focus();
        notifications.show({
          color: 'teal',
          title: 'Staff member added',
          message: `${member.displayName} can now log in as “${member.username}”.`,
        });
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" autoComplete="off" {...set('displayName')} />
          <TextInput label="Username" autoComplete="off" {...set('username')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            autoComplete="new-password"
            {...set('password')}
          />
          <Input.Wrapper label="Role" labelElement="div" labelProps={{ id: ROLE_LABEL_ID }}>
            <SegmentedControl<Role>
              aria-labelledby={ROLE_LABEL_ID}
              data={ROLE_OPTIONS}
              value={values.role}
              onChange={(role) => setValues((current) => ({ ...current, role }))}
              fullWidth
            />
          </Input.Wrapper>
          <MultiSelect
            searchable
            label="Stores"
            description="The first is their home store; none means your store"
            data={storeOptions}
            value={values.storeIds}
            error={errors.storeIds}
            onChange={(storeIds) => setValues((current) => ({ ...current, storeIds }))}
          />
        </SimpleGrid>
        {Object.keys(serverErrors).length === 0 && <ErrorAlert error={createStaff.error} />}
        <Group>
          <Button type="submit" loading={createStaff.isPending}>
            Add staff member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
