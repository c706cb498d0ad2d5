import { Button, Group, NumberInput, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { contract, type SessionSettings } from '../../../shared/contract';
import { useSessionSettings, useSetSessionSettings } from '../../api/hooks/useAccount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validate, type FieldErrors } from '../../lib/validate';

type SettingName = keyof SessionSettings;

/** What each box holds as typed: a number, or text while it is empty or half-typed. */
type Boxes = Record<SettingName, number | string>;

const UNITS: Record<SettingName, string> = {
  lockAfterMinutes: 'minutes',
  idleTimeoutMinutes: 'minutes',
  lifetimeHours: 'hours',
};

/** How long sessions last and when screens lock, for everyone; open sessions follow at their next call. */
export function StaffSessionSettings() {
  const settings = useSessionSettings();
  const save = useSetSessionSettings();
  const [boxes, setBoxes] = useState<Boxes | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (settings.data && boxes === null) setBoxes(settings.data);
  }, [settings.data, boxes]);
  if (settings.isError) return <Text c="dimmed">The session settings could not be loaded.</Text>;
  if (!boxes) return <Skeleton height={80} aria-label="Loading session settings" />;

  // No clamping: a box left empty or out of range is pointed out, never quietly changed into a limit.
  const field = (name: SettingName) => ({
    value: boxes[name],
    error: errors[name],
    clampBehavior: 'none' as const,
    onChange: (value: string | number) => {
      setBoxes((current) => current && { ...current, [name]: value });
      setErrors(({ [name]: _cleared, ...rest }) => rest);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const names = Object.keys(UNITS) as SettingName[];
    const empty = names.filter((name) => String(boxes![name]).trim() === '');
    if (empty.length > 0) {
      setErrors(Object.fromEntries(empty.map((name) => [name, `Enter a number of ${UNITS[name]}`])));
      return;
    }
    const typed = Object.fromEntries(names.map((name) => [name, Number(boxes![name])])) as SessionSettings;
    const checked = validate(contract['settings.setSessions'].input, typed);
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
