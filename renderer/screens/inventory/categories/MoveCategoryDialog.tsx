import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useMoveCategory } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { TreeRow } from './category-tree';

const TOP_LEVEL = 0;

/** Moves a category (with everything below it) under another parent, or to the top level. */
export function MoveCategoryDialog({ row, rows, onClose }: { row: TreeRow; rows: TreeRow[]; onClose: () => void }) {
  const [parentId, setParentId] = useState<number>(row.category.parentId ?? TOP_LEVEL);
  const move = useMoveCategory();
  const options = [
    { value: TOP_LEVEL, label: 'Top level' },
    ...rows
      .filter((other) => other.category.id !== row.category.id && !row.descendants.has(other.category.id))
      .map((other) => ({ value: other.category.id, label: other.category.path })),
  ];
  return (
    <Modal opened onClose={onClose} title={`Move ${row.category.name}`} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate(
            { id: row.category.id, parentId: parentId === TOP_LEVEL ? null : parentId },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="md">
          <Select<number>
            label="New place"
            description="Its subcategories and products move with it."
            data={options}
            value={parentId}
            onChange={(value) => value !== null && setParentId(value)}
            searchable
            allowDeselect={false}
            data-autofocus
          />
          <ErrorAlert error={move.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={move.isPending} disabled={parentId === (row.category.parentId ?? TOP_LEVEL)}>
              Move
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
