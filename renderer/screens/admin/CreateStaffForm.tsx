import { Button, Group, Input, PasswordInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { useCreateStaff } from '../../api/hooks/useStaff';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ROLE_LABELS } from '../../lib/role-labels';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

const EMPTY = { displayName: '', username: '', password: '', role: 'clerk' as Role };
const ROLE_LABEL_ID = 'create-staff-role';
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateStaffForm() {
  const createStaff = useCreateStaff();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
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
    const checked = validate(contract['staff.create'].input, values);
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
        </SimpleGrid>
        <ErrorAlert error={createStaff.error} />
        <Group>
          <Button type="submit" loading={createStaff.isPending}>
            Add staff member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
