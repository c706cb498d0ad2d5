import { Button, Group, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { BackupSettingsView } from '../../../shared/contract';
import { useSaveBackupSettings } from '../../api/hooks/useBackups';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Where backups go and how often. The passphrase is typed, sent once and never shown again: the
 * screen only learns whether backups are encrypted.
 */
export function BackupSettingsForm({ saved }: { saved: BackupSettingsView }) {
  const save = useSaveBackupSettings();
  const [folder, setFolder] = useState(saved.folder ?? '');
  const [everyHours, setEveryHours] = useState<number | string>(saved.everyHours);
  const [keepRecent, setKeepRecent] = useState<number | string>(saved.keepRecent);
  const [passphrase, setPassphrase] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      {
        folder,
        everyHours: Number(everyHours),
        keepRecent: Number(keepRecent),
        onQuit: saved.onQuit,
        ...(passphrase === '' ? {} : { passphrase }),
      },
      {
        onSuccess: () => {
          setPassphrase('');
          notifications.show({ message: 'Backup settings saved.' });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} aria-label="Backup settings">
      <Stack gap="sm">
        <TextInput
          label="Backup folder"
          description="The full path of a folder on another disk or a USB drive."
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          required
        />
        <Group grow>
          <NumberInput label="Back up every (hours)" min={1} max={168} value={everyHours} onChange={setEveryHours} />
          <NumberInput label="Keep the most recent" min={1} max={100} value={keepRecent} onChange={setKeepRecent} />
        </Group>
        <PasswordInput
          label={saved.encrypted ? 'New passphrase (leave empty to keep the current one)' : 'Passphrase'}
          description="At least 12 characters. Without it a backup cannot be restored: keep it somewhere safe."
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          autoComplete="new-password"
        />
        <Text size="sm" c="dimmed">
          {saved.encrypted ? 'Backups are encrypted.' : 'Backups are not encrypted until a passphrase is set.'} Older
          backups are thinned to one a day for a week and one a week for a month.
        </Text>
        {save.isError && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save backup settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
