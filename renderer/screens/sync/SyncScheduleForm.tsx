import { Button, Checkbox, Group, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { SYNC_INTERVAL_MINUTES, type SyncSettingsView } from '../../../shared/contract';
import { useSaveSyncSettings } from '../../api/hooks/useSync';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WholeNumberInput } from '../../components/LocaleNumberInput';

const DEFAULT_MINUTES = 5;

/** Sync on or off, and whether it runs on its own every N minutes; saved, it applies within a minute. */
export function SyncScheduleForm({ saved }: { saved: SyncSettingsView }) {
  const save = useSaveSyncSettings();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [automatic, setAutomatic] = useState(saved.intervalMinutes !== null);
  const [minutes, setMinutes] = useState<number | ''>(saved.intervalMinutes ?? DEFAULT_MINUTES);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { enabled, intervalMinutes: automatic ? Number(minutes) : null },
      { onSuccess: () => notifications.show({ message: 'Sync settings saved.' }) },
    );
  }

  return (
    <form onSubmit={submit} aria-label="Sync settings">
      <Stack gap="sm">
        <Switch
          label="Send this store's changes to head office"
          description="Off: nothing leaves, neither on schedule nor by hand."
          checked={enabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
        />
        <Group align="flex-end">
          <Checkbox
            label="Sync automatically"
            checked={automatic}
            disabled={!enabled}
            onChange={(event) => setAutomatic(event.currentTarget.checked)}
          />
          <WholeNumberInput
            label="Every (minutes)"
            min={SYNC_INTERVAL_MINUTES.min}
            max={SYNC_INTERVAL_MINUTES.max}
            disabled={!enabled || !automatic}
            value={minutes}
            onChange={setMinutes}
            w={160}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {saved.enabled
            ? saved.intervalMinutes === null
              ? 'Syncs only when you press Sync now.'
              : `Syncs every ${saved.intervalMinutes} minutes while Backroom runs, and retries sooner after a failure.`
            : 'Sync is turned off.'}
        </Text>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save sync settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
