import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CategoryNode } from '../../../../shared/contract';
import { useCreateCategory, useRenameCategory } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';

export type NameTarget = { kind: 'create'; parent: CategoryNode | null } | { kind: 'rename'; category: CategoryNode };

/** Names a new category (at the top or under a parent) or renames one. */
export function CategoryNameDialog({ target, onClose }: { target: NameTarget; onClose: () => void }) {
  const [name, setName] = useState(target.kind === 'rename' ? target.category.name : '');
  const create = useCreateCategory();
  const rename = useRenameCategory();
  const write = target.kind === 'create' ? create : rename;
  const title =
    target.kind === 'rename'
      ? `Rename ${target.category.name}`
      : target.parent
        ? `New category in ${target.parent.path}`
        : 'New top-level category';

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target.kind === 'create')
            create.mutate({ name, parentId: target.parent?.id ?? null }, { onSuccess: onClose });
          else rename.mutate({ id: target.category.id, name }, { onSuccess: onClose });
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
          />
          {target.kind === 'rename' && target.category.productCount > 0 && (
            <Text size="sm" c="dimmed">
              Its products stay where they are; lists and receipts show the new name.
            </Text>
          )}
          <ErrorAlert error={write.error} titles={{ CONFLICT: 'That name is taken here' }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={write.isPending} disabled={!name.trim()}>
              {target.kind === 'create' ? 'Add category' : 'Rename'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
