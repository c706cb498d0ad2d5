import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportKind } from '../../../shared/import/fields';
import type { ImportProfile } from '../../../shared/import/profile';
import { useDeleteImportProfile, useImportProfiles, useSaveImportProfile } from '../../api/hooks/useImports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmDialog } from '../../components/inventory/ConfirmDialog';

/**
 * Saved mappings of this kind: load one, save the mapping on screen under a name (over the loaded
 * one when the name is the same), or delete one after a confirmation.
 */
export function ProfileBar({
  kind,
  profileToSave,
  onLoad,
}: {
  kind: ImportKind;
  profileToSave: (name: string) => ImportProfile;
  onLoad: (profile: ImportProfile) => void;
}) {
  const profiles = useImportProfiles();
  const save = useSaveImportProfile();
  const remove = useDeleteImportProfile();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const ofKind = (profiles.data?.items ?? []).filter((profile) => profile.kind === kind);
  const selected = ofKind.find((profile) => profile.id === selectedId) ?? null;

  function load(id: number | null) {
    setSelectedId(id);
    const profile = ofKind.find((item) => item.id === id);
    if (!profile) return;
    setName(profile.name);
    onLoad(profile.profile);
  }

  function saveProfile() {
    const trimmed = name.trim();
    if (!trimmed) return;
    const overwrite = selected && selected.name.toLowerCase() === trimmed.toLowerCase() ? selected.id : undefined;
    save.mutate(
      { id: overwrite, name: trimmed, profile: profileToSave(trimmed) },
      { onSuccess: (saved) => setSelectedId(saved.id) },
    );
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Saved mapping"
          value={selectedId === null ? '' : String(selectedId)}
          onChange={(event) => load(event.currentTarget.value ? Number(event.currentTarget.value) : null)}
          data={[
            { value: '', label: ofKind.length === 0 ? '— none saved yet —' : '— choose one to load —' },
            ...ofKind.map((profile) => ({ value: String(profile.id), label: profile.name })),
          ]}
          miw={220}
        />
        {selected && (
          <Button variant="default" color="red" onClick={() => setConfirming(true)}>
            Delete mapping
          </Button>
        )}
        <TextInput
          label="Save this mapping as"
          placeholder="e.g. Supplier price list"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveProfile();
          }}
          maxLength={100}
          miw={220}
        />
        <Button variant="default" onClick={saveProfile} loading={save.isPending} disabled={!name.trim()}>
          Save mapping
        </Button>
      </Group>
      {save.isSuccess && !save.isPending && (
        <Text size="sm" c="teal" role="status">
          Saved as “{save.data.name}”.
        </Text>
      )}
      <ErrorAlert error={profiles.error ?? save.error} titles={{ CONFLICT: 'That name is taken' }} />
      <ConfirmDialog
        opened={confirming}
        title="Delete this mapping?"
        confirmLabel="Delete mapping"
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          selected &&
          remove.mutate(selected.id, {
            onSuccess: () => {
              setConfirming(false);
              setSelectedId(null);
              setName('');
            },
          })
        }
      >
        <Text size="sm">
          “{selected?.name}” will no longer be offered. The mapping on screen stays as it is, and nothing imported
          changes.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
