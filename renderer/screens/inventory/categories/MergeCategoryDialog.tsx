import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMergeCategories } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { TreeRow } from './category-tree';

/**
 * Merges one category into another: its products and subcategories move over, then it is deleted.
 * That cannot be undone, so the second step says exactly what will happen and asks again.
 */
export function MergeCategoryDialog({ row, rows, onClose }: { row: TreeRow; rows: TreeRow[]; onClose: () => void }) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const merge = useMergeCategories();
  const candidates = rows.filter(
    (other) => other.category.id !== row.category.id && !row.descendants.has(other.category.id),
  );
  const target = candidates.find((other) => other.category.id === targetId);
  const source = row.category;

  return (
    <Modal opened onClose={onClose} title={confirming ? 'Merge categories?' : `Merge ${source.name} into…`} centered>
      {confirming && target ? (
        <Stack gap="md">
          <Text size="sm">
            Move {countOf(source.productCount, 'product')}
            {row.descendants.size > 0 &&
              ` and ${countOf(row.descendants.size, 'subcategory', 'subcategories')}`} of <strong>{source.path}</strong>{' '}
            into <strong>{target.category.path}</strong>, then delete <strong>{source.path}</strong>. Subcategories with
            the same name are merged too. This cannot be undone.
          </Text>
          <ErrorAlert error={merge.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={merge.isPending}>
              Back
            </Button>
            <Button
              color="red"
              loading={merge.isPending}
              data-autofocus
              onClick={() =>
                merge.mutate(
                  { sourceId: source.id, targetId: target.category.id },
                  {
                    onSuccess: (result) => {
                      notifications.show({
                        color: 'green',
                        title: 'Categories merged',
                        message: `${countOf(result.productsMoved, 'product')} moved into ${result.target.path}.`,
                      });
                      onClose();
                    },
                  },
                )
              }
            >
              Merge and delete {source.name}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (target) setConfirming(true);
          }}
        >
          <Stack gap="md">
            <Select<number>
              label="Merge into"
              placeholder="Choose the category that stays"
              data={candidates.map((other) => ({ value: other.category.id, label: other.category.path }))}
              value={targetId}
              onChange={setTargetId}
              searchable
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
              <Button type="submit" disabled={!target}>
                Review merge
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
