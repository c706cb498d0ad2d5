import { Button, EmptyState, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCategories } from '../../../api/hooks/useCatalog';
import { useApplyCount } from '../../../api/hooks/useStock';
import type { Approval } from '../../../components/ApprovalDialog';
import { InventoryIcon } from '../../../components/icons';
import { ConfirmDialog } from '../../../components/inventory/ConfirmDialog';
import { ProductPicker } from '../../../components/inventory/ProductPicker';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { formatCount } from '../../../lib/format';
import { entryProblem } from './count-entry';
import { countedLines } from './count-lines';
import { CountEntryTable, COUNT_INPUT_ATTRIBUTE } from './CountEntryTable';
import { CountReview } from './CountReview';
import { CountScanBox } from './CountScanBox';
import { useCountLines } from './useCountLines';
import { useCountScan } from './useCountScan';

/**
 * A stock count in the person's store: choose what to count (a category, or products one by one),
 * type or scan what is on the shelf, review the differences, and book them in one go.
 */
export function StockCountScreen() {
  const navigate = useNavigate();
  const categories = useCategories();
  const count = useCountLines();
  const applyCount = useApplyCount();
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [addingCategory, setAddingCategory] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const counted = countedLines(count.lines);
  // Lines whose box holds something that is not a count are fixed before anything is reviewed.
  const toFix = count.lines.filter((line) => entryProblem(line) !== null).length;
  const reviewable = counted.length > 0 && toFix === 0;

  const scan = useCountScan(count, !reviewing);
  useShortcut('alt+s', () => reviewable && setReviewing(true), { inFields: true, enabled: !reviewing });

  function focusLine(productId: number) {
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`[${COUNT_INPUT_ATTRIBUTE}="${productId}"]`)?.select(),
    );
  }

  async function addCategory() {
    setAddingCategory(true);
    try {
      const added = await count.addCategory(categoryId);
      if (added === 0) notifications.show({ title: 'Nothing to add', message: 'That category has no products.' });
    } finally {
      setAddingCategory(false);
    }
  }

  function apply(note: string, approval?: Approval) {
    applyCount.mutate(
      {
        lines: counted.map((line) => ({ productId: line.productId, counted: line.counted })),
        note,
        ...(approval ? { approval } : {}),
      },
      {
        onSuccess: (result) => {
          count.clear();
          notifications.show({
            color: 'green',
            title: 'Count applied',
            message: `${countOf(result.lines, 'line')} counted, ${formatCount(result.changed)} changed stock.`,
          });
          void navigate(`/inventory/count/${result.countId}`);
        },
      },
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{reviewing ? 'Review the count' : 'Stock count'}</Title>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/inventory/count/sheet${categoryId === null ? '' : `?category=${categoryId}`}`}
            variant="default"
          >
            Print blank sheet
          </Button>
          {count.lines.length > 0 && !reviewing && (
            <Button variant="default" color="red" onClick={() => setDiscarding(true)}>
              Discard count…
            </Button>
          )}
        </Group>
      </Group>
      {reviewing ? (
        <CountReview
          lines={count.lines}
          applying={applyCount.isPending}
          error={applyCount.error}
          onBack={() => setReviewing(false)}
          onApply={apply}
        />
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <CountScanBox
                text={scan.text}
                onText={scan.setText}
                onCode={scan.scan}
                result={scan.result}
                looking={scan.looking}
              />
              <Group align="flex-end" gap="md" wrap="wrap">
                <Group align="flex-end" gap="xs">
                  <Select<number>
                    label="Count a category"
                    placeholder="Whole store"
                    data={(categories.data ?? []).map((category) => ({ value: category.id, label: category.path }))}
                    value={categoryId}
                    onChange={setCategoryId}
                    searchable
                    clearable
                    w={280}
                  />
                  <Button variant="default" onClick={() => void addCategory()} loading={addingCategory}>
                    Add its products
                  </Button>
                </Group>
                <div style={{ flex: '1 1 18rem' }}>
                  <ProductPicker
                    label="Or add one product"
                    onPick={(product) => void count.addProduct(product.id, false).then(() => focusLine(product.id))}
                  />
                </div>
              </Group>
            </Stack>
          </Paper>
          {count.lines.length === 0 ? (
            <EmptyState
              icon={<InventoryIcon size={28} />}
              withIndicatorBackground
              title="Nothing to count yet"
              description="Add a category's products to count a section, or scan items one by one: every scan counts one. Counting on paper first? Print a blank sheet."
            />
          ) : (
            <Paper withBorder p="md" radius="md">
              <CountEntryTable
                lines={count.lines}
                lastScanned={count.lastScanned}
                onEnter={count.enter}
                onRemove={count.remove}
              />
            </Paper>
          )}
          <StickyActions
            status={
              toFix > 0 ? (
                <Text size="sm" c="red" aria-live="polite">
                  Fix the {countOf(toFix, 'line')} marked in red to review the count
                </Text>
              ) : (
                <Text size="sm" c="dimmed" aria-live="polite">
                  {formatCount(counted.length)} of {countOf(count.lines.length, 'line')} counted · Enter moves to the
                  next line
                </Text>
              )
            }
          >
            <Button onClick={() => setReviewing(true)} disabled={!reviewable}>
              <Group gap={8} wrap="nowrap">
                Review differences <Shortcut keys="Alt+S" />
              </Group>
            </Button>
          </StickyActions>
        </>
      )}
      <ConfirmDialog
        opened={discarding}
        title="Discard this count?"
        confirmLabel="Discard count"
        danger
        onClose={() => setDiscarding(false)}
        onConfirm={() => {
          count.clear();
          setDiscarding(false);
        }}
      >
        <Text size="sm">
          The {countOf(count.lines.length, 'line')} and what was counted on them are removed. Stock does not change.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
