import { Button, Group, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useRef, useState, type FormEvent } from 'react';
import { contract, type BackupSettingsView } from '../../../shared/contract';
import { useSaveBackupSettings } from '../../api/hooks/useBackups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

/**
 * Where backups go and how often. The passphrase is typed, sent once and never shown again: the
 * screen only learns whether backups are encrypted. The settings are checked against the contract
 * before sending; a refusal is shown on its field, once.
 */
export function BackupSettingsForm({ saved }: { saved: BackupSettingsView }) {
  const save = useSaveBackupSettings();
  const [folder, setFolder] = useState(saved.folder ?? '');
  const [everyHours, setEveryHours] = useState<number | string>(saved.everyHours);
  const [keepRecent, setKeepRecent] = useState<number | string>(saved.keepRecent);
  const [passphrase, setPassphrase] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const passphraseErrorId = useId();
  const serverErrors = apiFieldErrors(save.error);
  const errors = { ...serverErrors, ...localErrors };
  useFocusFirstError(formRef, errors);

  /** Editing a field clears its message, the form's own or the host's. */
  function edited(field: string) {
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      folder,
      everyHours: Number(everyHours),
      keepRecent: Number(keepRecent),
      onQuit: saved.onQuit,
      ...(passphrase === '' ? {} : { passphrase }),
    };
    const checked = validate(contract['backups.setSettings'].input, input);
    if (!checked.ok) {
      setLocalErrors(checked.errors);
      return;
    }
    setLocalErrors({});
    save.mutate(input, {
      onSuccess: () => {
        setPassphrase('');
        notifications.show({ message: 'Backup settings saved.' });
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Backup settings">
      <Stack gap="sm">
        <TextInput
          label="Backup folder"
          description="The full path of a folder on another disk or a USB drive."
          value={folder}
          onChange={(event) => {
            setFolder(event.currentTarget.value);
            edited('folder');
          }}
          error={errors.folder}
          required
        />
        <Group grow>
          <NumberInput
            label="Back up every (hours)"
            min={1}
            max={168}
            value={everyHours}
            onChange={(value) => {
              setEveryHours(value);
              edited('everyHours');
            }}
            error={errors.everyHours}
          />
          <NumberInput
            label="Keep the most recent"
            min={1}
            max={100}
            value={keepRecent}
            onChange={(value) => {
              setKeepRecent(value);
              edited('keepRecent');
            }}
            error={errors.keepRecent}
          />
        </Group>
        <PasswordInput
          label={saved.encrypted ? 'New passphrase (leave empty to keep the current one)' : 'Passphrase'}
          description="At least 12 characters. Without it a backup cannot be restored: keep it somewhere safe."
          value={passphrase}
          onChange={(event) => {
            setPassphrase(event.currentTarget.value);
            edited('passphrase');
          }}
          error={errors.passphrase}
          // PasswordInput leaves its inner box unmarked: mark it, so the cursor and a screen reader find the message.
          aria-invalid={errors.passphrase !== undefined || undefined}
          aria-describedby={errors.passphrase === undefined ? undefined : passphraseErrorId}
          errorProps={{ id: passphraseErrorId }}
          autoComplete="new-password"
        />
        <Text size="sm" c="dimmed">
          {saved.encrypted ? 'Backups are encrypted.' : 'Backups are not encrypted until a passphrase is set.'} Older
          backups are thinned to one a day for a week and one a week for a month.
        </Text>
        {save.isError && Object.keys(serverErrors).length === 0 && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save backup settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
