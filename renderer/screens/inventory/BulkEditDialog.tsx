import { Button, Checkbox, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { countOf } from '../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useBulkUpdateProducts, useCategories } from '../../api/hooks/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { money } from '../../components/inventory/money';
import { MoneyInput } from '../../components/inventory/MoneyInput';
import { WholeNumberInput } from '../../components/LocaleNumberInput';
import { formatCount } from '../../lib/format';

interface Changes {
  price: { on: boolean; cents: number | null };
  category: { on: boolean; id: number | null };
  reorderPoint: { on: boolean; value: number | null };
}

const NO_CHANGES: Changes = {
  price: { on: false, cents: null },
  category: { on: false, id: null },
  reorderPoint: { on: false, value: null },
};

/**
 * Sets the price, category or reorder point of many products at once. A second step says exactly
 * what will change on how many products before anything is written.
 */
export function BulkEditDialog({
  ids,
  opened,
  onClose,
  onDone,
}: {
  ids: number[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [changes, setChanges] = useState<Changes>(NO_CHANGES);
  const [confirming, setConfirming] = useState(false);
  const categories = useCategories();
  const bulkUpdate = useBulkUpdateProducts();
  const categoryPath = (id: number | null) =>
    id === null ? 'no category' : (categories.data?.find((category) => category.id === id)?.path ?? '');

  const priceValid = !changes.price.on || (changes.price.cents !== null && !Number.isNaN(changes.price.cents));
  const pointValid =
    !changes.reorderPoint.on || (changes.reorderPoint.value !== null && !Number.isNaN(changes.reorderPoint.value));
  const anything = changes.price.on || changes.category.on || changes.reorderPoint.on;

  const summary = [
    changes.price.on && changes.price.cents !== null && `Price becomes ${money(changes.price.cents)}`,
    changes.category.on && `Category becomes ${categoryPath(changes.category.id)}`,
    changes.reorderPoint.on &&
      changes.reorderPoint.value !== null &&
      `Reorder point becomes ${formatCount(changes.reorderPoint.value)}`,
  ].filter((line): line is string => typeof line === 'string');

  function close() {
    setChanges(NO_CHANGES);
    setConfirming(false);
    bulkUpdate.reset();
    onClose();
  }

  function apply() {
    bulkUpdate.mutate(
      {
        ids,
        set: {
          ...(changes.price.on && changes.price.cents !== null ? { priceCents: changes.price.cents } : {}),
          ...(changes.category.on ? { categoryId: changes.category.id } : {}),
          ...(changes.reorderPoint.on && changes.reorderPoint.value !== null
            ? { reorderPoint: changes.reorderPoint.value }
            : {}),
        },
      },
      {
        onSuccess: ({ updated }) => {
          notifications.show({
            color: 'green',
            title: 'Products updated',
            message: `${countOf(updated, 'product')} changed.`,
          });
          close();
          onDone();
        },
      },
    );
  }

  const count = countOf(ids.length, 'product');

  return (
    <Modal opened={opened} onClose={close} title={confirming ? `Change ${count}?` : `Edit ${count}`} centered>
      {confirming ? (
        <Stack gap="md">
          <Text size="sm">
            These changes apply to all {count} you selected. Each one keeps its price history, so a wrong price can be
            set back, one product at a time.
          </Text>
          <List size="sm" spacing={4}>
            {summary.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <ErrorAlert error={bulkUpdate.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={bulkUpdate.isPending}>
              Back
            </Button>
            <Button onClick={apply} loading={bulkUpdate.isPending} data-autofocus>
              Change {count}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (anything && priceValid && pointValid) setConfirming(true);
          }}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Tick what to change; everything else stays as it is.
            </Text>
            <Checkbox
              label="Set the price"
              checked={changes.price.on}
              onChange={(event) =>
                setChanges({ ...changes, price: { ...changes.price, on: event.currentTarget.checked } })
              }
            />
            {changes.price.on && (
              <MoneyInput
                label="New price"
                value={changes.price.cents}
                onChange={(cents) => setChanges({ ...changes, price: { on: true, cents } })}
                data-autofocus
              />
            )}
            <Checkbox
              label="Move to a category"
              checked={changes.category.on}
              onChange={(event) =>
                setChanges({ ...changes, category: { ...changes.category, on: event.currentTarget.checked } })
              }
            />
            {changes.category.on && (
              <Select<number>
                label="New category"
                placeholder="No category"
                data={(categories.data ?? []).map((category) => ({ value: category.id, label: category.path }))}
                value={changes.category.id}
                onChange={(id) => setChanges({ ...changes, category: { on: true, id } })}
                searchable
                clearable
              />
            )}
            <Checkbox
              label="Set the reorder point"
              checked={changes.reorderPoint.on}
              onChange={(event) =>
                setChanges({ ...changes, reorderPoint: { ...changes.reorderPoint, on: event.currentTarget.checked } })
              }
            />
            {changes.reorderPoint.on && (
              <WholeNumberInput
                label="New reorder point"
                min={0}
                max={1_000_000}
                allowNegative={false}
                value={changes.reorderPoint.value ?? ''}
                onChange={(value) =>
                  setChanges({
                    ...changes,
                    reorderPoint: { on: true, value: value === '' ? null : value },
                  })
                }
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button type="submit" disabled={!anything || !priceValid || !pointValid}>
                Review changes
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
