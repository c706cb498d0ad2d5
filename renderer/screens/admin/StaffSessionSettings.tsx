import { Button, Group, NumberInput, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { contract, type SessionSettings } from '../../../shared/contract';
import { useSessionSettings, useSetSessionSettings } from '../../api/hooks/useAccount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validate, type FieldErrors } from '../../lib/validate';

/** How long sessions last and when screens lock, for everyone; open sessions follow at their next call. */
export function StaffSessionSettings() {
  const settings = useSessionSettings();
  const save = useSetSessionSettings();
  const [values, setValues] = useState<SessionSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (settings.data && values === null) setValues(settings.data);
  }, [settings.data, values]);
  if (settings.isError) return <Text c="dimmed">The session settings could not be loaded.</Text>;
  if (!values) return <Skeleton height={80} aria-label="Loading session settings" />;

  const field = (name: keyof SessionSettings) => ({
    value: values[name],
    error: errors[name],
    onChange: (value: string | number) => setValues((current) => current && { ...current, [name]: Number(value) }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['settings.setSessions'].input, values!);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    save.mutate(checked.data, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          title: 'Session settings saved',
          message: 'Open sessions follow them from now on.',
        }),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label="Lock the screen after"
            description="Minutes without use"
            min={1}
            max={120}
            {...field('lockAfterMinutes')}
          />
          <NumberInput
            label="Log out after"
            description="Minutes without use"
            min={5}
            max={720}
            {...field('idleTimeoutMinutes')}
          />
          <NumberInput
            label="Log out at the latest after"
            description="Hours, however active"
            min={1}
            max={24}
            {...field('lifetimeHours')}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save session settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
