import { Button, Group, Pill, Text } from '@mantine/core';
import { rangeLabel } from './labels';
import { useFilterChoices } from './useFilterChoices';
import { DEFAULT_PRESET, presetPatch, rangeOf, type DashboardView, type ViewEditorProps } from './view';

interface Chip {
  key: string;
  label: string;
  remove: Partial<DashboardView>;
}

/**
 * The filters in force, each a chip that removes itself: what a click on a chart narrowed stays
 * visible and is one click to undo.
 */
export function FilterChips({ view, onChange }: ViewEditorProps) {
  const { stores, categories, brands } = useFilterChoices();
  const nameOf = (rows: { id: number; name: string }[] | undefined, id: number) =>
    rows?.find((row) => row.id === id)?.name ?? `#${id}`;

  const range = rangeOf(view);

  const chips: Chip[] = [
    ...view.storeIds.map((id) => ({
      key: `store-${id}`,
      label: `Store: ${nameOf(stores.data, id)}`,
      remove: { storeIds: view.storeIds.filter((other) => other !== id) },
    })),
    ...(view.categoryId === null
      ? []
      : [
          {
            key: 'category',
            label: `Category: ${categories.data?.find((row) => row.id === view.categoryId)?.path ?? `#${view.categoryId}`}`,
            remove: { categoryId: null },
          },
        ]),
    ...(view.brandId === null
      ? []
      : [{ key: 'brand', label: `Brand: ${nameOf(brands.data, view.brandId)}`, remove: { brandId: null } }]),
    ...(view.preset === null
      ? [
          {
            key: 'range',
            label: `Days: ${rangeLabel(range.fromDay, range.toDay)}`,
            remove: presetPatch(DEFAULT_PRESET),
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;

  return (
    <Group gap="xs" aria-label="Filters in force" role="list">
      <Text size="sm" c="dimmed">
        Filtered by
      </Text>
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          role="listitem"
          size="md"
          withRemoveButton
          onRemove={() => onChange(chip.remove)}
          // The pill hides its remove button from keyboards and readers; here it is the way to undo a filter.
          removeButtonProps={{ 'aria-label': `Remove filter ${chip.label}`, 'aria-hidden': false, tabIndex: 0 }}
        >
          {chip.label}
        </Pill>
      ))}
      {chips.length > 1 && (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() =>
            onChange({
              storeIds: [],
              categoryId: null,
              brandId: null,
              ...(view.preset === null ? presetPatch(DEFAULT_PRESET) : {}),
            })
          }
        >
          Clear all
        </Button>
      )}
    </Group>
  );
}
