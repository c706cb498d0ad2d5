import { Button, EmptyState, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import type { ReorderSuggestionGroup } from '../../../../shared/contract';
import { useCreateDrafts, useReorderSuggestions } from '../../../api/hooks/usePurchasing';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { InventoryIcon } from '../../../components/icons';
import { money } from '../../../components/inventory/money';
import { QueryError } from '../../../components/inventory/QueryError';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { groupTotal, SuggestionGroupCard, type Quantities } from './SuggestionGroupCard';

export function ReorderScreen() {
  const can = useCan();
  const suggestions = useReorderSuggestions();
  if (!can('purchasing.suggestReorders')) return <Navigate to="/inventory/low-stock" replace />;
  if (suggestions.isPending) return <TableSkeleton rows={10} label="Working out what to order" />;
  if (suggestions.isError) {
    return <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  }
  return <ReorderSuggestions storeName={suggestions.data.store.name} groups={suggestions.data.groups} />;
}

/**
 * What to order now, one group per supplier, with the suggested quantities to adjust. One click
 * turns the chosen groups into draft purchase orders, to check and send from Purchase orders.
 */
function ReorderSuggestions({ storeName, groups }: { storeName: string; groups: ReorderSuggestionGroup[] }) {
  const navigate = useNavigate();
  const createDrafts = useCreateDrafts();
  const [expectedAt, setExpectedAt] = useState('');
  const [quantities, setQuantities] = useState<Quantities>(() =>
    Object.fromEntries(groups.flatMap((group) => group.lines.map((line) => [line.productId, line.suggestedQuantity]))),
  );
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(() => new Set());

  const drafts = groups.flatMap((group) => {
    if (!group.supplier || excluded.has(group.supplier.id)) return [];
    const lines = group.lines
      .map((line) => ({
        productId: line.productId,
        quantity: Number(quantities[line.productId]) || 0,
        unitCostCents: line.unitCostCents,
      }))
      .filter((line) => line.quantity > 0);
    return lines.length > 0 ? [{ group, supplierId: group.supplier.id, lines }] : [];
  });
  const total = drafts.reduce((sum, draft) => sum + groupTotal(draft.group, quantities), 0);
  // A fraction typed (12,5) is named at its box; drafts wait for it rather than leaving that line out.
  const unreadable = Object.values(quantities).some((quantity) => Number.isNaN(quantity));

  function create() {
    createDrafts.mutate(
      {
        groups: drafts.map((draft) => ({ supplierId: draft.supplierId, lines: draft.lines })),
        expectedAt: expectedAt || null,
      },
      {
        onSuccess: ({ purchaseOrders }) => {
          notifications.show({
            color: 'green',
            title: 'Draft purchase orders created',
            message: `${countOf(purchaseOrders.length, 'draft')} to check and send.`,
          });
          void navigate('/inventory/purchase-orders?status=draft');
        },
      },
    );
  }

  if (groups.length === 0) {
    return (
      <EmptyState
        icon={<InventoryIcon size={28} />}
        withIndicatorBackground
        title="Nothing to reorder"
        description={`Everything in ${storeName} is above its reorder point, or already on order.`}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/inventory/low-stock" variant="default">
            Back to Low stock
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Button component={Link} to="/inventory/low-stock" variant="subtle" size="compact-sm" px={4}>
            ← Low stock
          </Button>
          <Title order={3}>Reorder suggestions for {storeName}</Title>
          <Text size="sm" c="dimmed">
            Enough to cover each supplier's lead time and two weeks of sales, less what is already on order. Set a
            quantity to 0 to leave a line out.
          </Text>
        </div>
        <TextInput
          label="Expected delivery"
          type="date"
          value={expectedAt}
          onChange={(event) => setExpectedAt(event.currentTarget.value)}
        />
      </Group>
      {groups.map((group) => (
        <SuggestionGroupCard
          key={group.supplier?.id ?? 'none'}
          group={group}
          quantities={quantities}
          included={group.supplier !== null && !excluded.has(group.supplier.id)}
          onInclude={(include) =>
            setExcluded((current) => {
              const next = new Set(current);
              if (group.supplier === null) return current;
              if (include) next.delete(group.supplier.id);
              else next.add(group.supplier.id);
              return next;
            })
          }
          onQuantity={(productId, quantity) => setQuantities((current) => ({ ...current, [productId]: quantity }))}
        />
      ))}
      <ErrorAlert error={createDrafts.error} />
      <StickyActions
        status={
          <Text size="sm" c="dimmed">
            {countOf(drafts.length, 'supplier')} · {money(total)}
          </Text>
        }
      >
        <Button onClick={create} disabled={drafts.length === 0 || unreadable} loading={createDrafts.isPending}>
          Create draft purchase orders
        </Button>
      </StickyActions>
    </Stack>
  );
}
