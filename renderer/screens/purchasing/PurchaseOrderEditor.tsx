import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PurchaseOrderDetail } from '../../../shared/contract';
import { useSuppliers } from '../../api/hooks/useCatalog';
import { useCreatePurchaseOrder, useSendPurchaseOrder, useUpdatePurchaseOrder } from '../../api/hooks/usePurchasing';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isStaleVersion } from '../../components/inventory/api-field-errors';
import { ProductPicker } from '../../components/inventory/ProductPicker';
import { restoredQuantity } from '../../components/inventory/scanned-quantity';
import { money } from '../../components/inventory/money';
import { Shortcut } from '../../components/inventory/Shortcut';
import { StickyActions } from '../../components/inventory/StickyActions';
import { StaleNotice } from '../../components/inventory/StaleNotice';
import { useScanToAdd } from '../../components/inventory/useScanToAdd';
import { useShortcut } from '../../components/inventory/useShortcut';
import { CancelOrderButton } from './CancelOrderButton';
import { DocumentHeader } from '../../components/inventory/DocumentHeader';
import { lineProblem, linesFromOrder, lineTotal, toLineInputs } from './order-lines';
import { LINE_QUANTITY_ATTRIBUTE, OrderLinesTable } from './OrderLinesTable';
import { orderTitle, StatusBadge } from './status';
import { useOrderLines } from './useOrderLines';

/**
 * A draft purchase order (or a new one): its supplier, lines, expected date and note. Saving keeps
 * it a draft; sending saves first, so what is sent is what is on screen.
 */
export function PurchaseOrderEditor({
  order,
  reloading = false,
  onReload,
}: {
  order: PurchaseOrderDetail | null;
  reloading?: boolean;
  onReload?: () => void;
}) {
  const navigate = useNavigate();
  const suppliers = useSuppliers();
  const [supplierId, setSupplierId] = useState<number | null>(order?.supplier.id ?? null);
  const orderLines = useOrderLines(order ? linesFromOrder(order) : [], supplierId);
  const initialExpected = order?.expectedAt?.slice(0, 10) ?? '';
  const [expectedAt, setExpectedAt] = useState(initialExpected);
  const [note, setNote] = useState(order?.note ?? '');
  const [showProblems, setShowProblems] = useState(false);
  const [stale, setStale] = useState(false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const create = useCreatePurchaseOrder();
  const update = useUpdatePurchaseOrder();
  const send = useSendPurchaseOrder();
  const dirty = orderLines.dirty || expectedAt !== initialExpected || note !== (order?.note ?? '');
  const busy = create.isPending || update.isPending || send.isPending;
  const failure = [create.error, update.error, send.error].find((error) => error && !isStaleVersion(error));

  function addLine(productId: number, focusQuantity: boolean) {
    void orderLines.addProduct(productId).then(() => {
      if (!focusQuantity) return;
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>(`[${LINE_QUANTITY_ATTRIBUTE}="${productId}"]`)?.select(),
      );
    });
  }
  useScanToAdd((product) => addLine(product.id, false), {
    enabled: supplierId !== null,
    onInterrupted: (box) => {
      const restored = restoredQuantity(box, LINE_QUANTITY_ATTRIBUTE);
      if (restored) orderLines.update(restored.productId, { quantity: restored.quantity });
    },
  });

  /** Saves what is on screen; resolves with the stored order, or null when something needs fixing first. */
  async function save(): Promise<PurchaseOrderDetail | null> {
    setShowProblems(true);
    if (supplierId === null || orderLines.lines.length === 0 || orderLines.lines.some(lineProblem)) return null;
    const fields = { lines: toLineInputs(orderLines.lines), expectedAt: expectedAt || null, note };
    try {
      if (order) {
        if (!dirty) return order;
        const saved = await update.mutateAsync({ id: order.id, version: order.version, ...fields });
        orderLines.markSaved();
        return saved;
      }
      return await create.mutateAsync({ supplierId, ...fields });
    } catch (error) {
      setStale(isStaleVersion(error));
      return null;
    }
  }

  async function saveDraft() {
    const saved = await save();
    if (!saved) return;
    notifications.show({ color: 'green', title: 'Draft saved', message: orderTitle(saved.number) });
    if (!order) void navigate(`/inventory/purchase-orders/${saved.id}`, { replace: true });
  }

  async function saveAndSend() {
    const saved = await save();
    if (!saved) return;
    try {
      const sent = await send.mutateAsync({ id: saved.id, version: saved.version });
      notifications.show({ color: 'green', title: 'Purchase order sent', message: orderTitle(sent.number) });
      void navigate(`/inventory/purchase-orders/${sent.id}`, { replace: true });
    } catch (error) {
      setStale(isStaleVersion(error));
    }
  }

  useShortcut('alt+s', () => void saveDraft(), { inFields: true, enabled: !busy });

  return (
    <Stack gap="md">
      <DocumentHeader
        backTo="/inventory/purchase-orders"
        backLabel="Purchase orders"
        title={order ? orderTitle(order.number) : 'New purchase order'}
        badge={order && <StatusBadge status={order.status} />}
        subtitle={order && `${order.supplier.name} · created by ${order.createdByName}`}
        actions={
          order && (
            <>
              <CancelOrderButton order={order} />
              <Button component={Link} to={`/inventory/purchase-orders/${order.id}/print`} variant="default">
                Print view
              </Button>
            </>
          )
        }
      />
      {stale && onReload && (
        <StaleNotice
          what="purchase order"
          reloading={reloading}
          onReload={() => {
            setStale(false);
            onReload();
          }}
        />
      )}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select<number>
            label="Supplier"
            withAsterisk
            placeholder="Choose who to order from"
            data={(suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
            value={supplierId}
            onChange={setSupplierId}
            readOnly={order !== null || orderLines.lines.length > 0}
            searchable
            error={showProblems && supplierId === null ? 'Choose a supplier' : undefined}
            description={order === null && orderLines.lines.length > 0 ? 'Fixed once lines are added' : undefined}
            autoFocus={order === null}
          />
          <TextInput
            label="Expected delivery"
            type="date"
            value={expectedAt}
            onChange={(event) => setExpectedAt(event.currentTarget.value)}
          />
          <Textarea
            label="Note"
            placeholder="For the supplier or the person receiving"
            autosize
            minRows={1}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {orderLines.lines.length > 0 ? (
            <OrderLinesTable
              lines={orderLines.lines}
              showProblems={showProblems}
              onChange={orderLines.update}
              onRemove={orderLines.remove}
              onDone={() => pickerRef.current?.focus()}
            />
          ) : (
            <Text size="sm" c={showProblems ? 'red' : 'dimmed'}>
              {supplierId === null
                ? 'Choose the supplier first; then scan or search for the products to order.'
                : 'No lines yet. Scan a product anywhere on this page, or find it below.'}
            </Text>
          )}
          <ProductPicker
            inputRef={pickerRef}
            disabled={supplierId === null}
            onPick={(product, how) => addLine(product.id, how === 'list')}
          />
        </Stack>
      </Paper>
      <ErrorAlert error={failure} />
      <StickyActions
        status={<Text size="sm">Total {money(orderLines.lines.reduce((sum, line) => sum + lineTotal(line), 0))}</Text>}
      >
        <Button variant="default" onClick={() => void saveDraft()} loading={create.isPending || update.isPending}>
          <Group gap={8} wrap="nowrap">
            Save draft <Shortcut keys="Alt+S" />
          </Group>
        </Button>
        <Button onClick={() => void saveAndSend()} loading={send.isPending} disabled={busy}>
          {dirty || !order ? 'Save and send' : 'Send to supplier'}
        </Button>
      </StickyActions>
    </Stack>
  );
}
