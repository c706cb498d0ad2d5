import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PurchaseOrderDetail } from '../../../../shared/contract';
import { usePurchaseOrder, useReceivePurchaseOrder } from '../../../api/hooks/usePurchasing';
import { ApprovalDialog, needsManagerApproval, type Approval } from '../../../components/ApprovalDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isStaleVersion } from '../../../components/inventory/api-field-errors';
import { QueryError } from '../../../components/inventory/QueryError';
import { restoredQuantity } from '../../../components/inventory/scanned-quantity';
import { useScanHandler } from '../../../components/inventory/ScanProvider';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { StaleNotice } from '../../../components/inventory/StaleNotice';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { DocumentHeader } from '../../../components/inventory/DocumentHeader';
import { PurchaseOrderView } from '../PurchaseOrderView';
import { orderTitle, StatusBadge } from '../status';
import { OverReceiptDialog, overReceiptsFrom, type OverReceipt } from './OverReceiptDialog';
import { RECEIVE_QUANTITY_ATTRIBUTE, ReceiveLinesTable, receiveQuantityProblem } from './ReceiveLinesTable';
import { useReceiveCode } from './useReceiveCode';

export function ReceiveScreen() {
  const orderId = Number(useParams().orderId);
  const order = usePurchaseOrder(orderId);
  // Bumped by "Reload": the form starts again from the stored order, with what others booked since.
  const [generation, setGeneration] = useState(0);
  if (order.isPending) return <TableSkeleton label="Loading purchase order" />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  // Reached by its link from another store: the host would refuse the booking, so none is offered.
  if (!order.data.inCallerStores) return <PurchaseOrderView order={order.data} />;
  if (order.data.status !== 'sent' && order.data.status !== 'partially_received') {
    return (
      <Alert color="blue" title={`${orderTitle(order.data.number)} is not waiting for a delivery`}>
        <Text size="sm" mb="sm">
          Only sent or partly received orders take deliveries.
        </Text>
        <Button size="xs" variant="default" component={Link} to={`/inventory/purchase-orders/${orderId}`}>
          Back to the order
        </Button>
      </Alert>
    );
  }
  return (
    <ReceiveDelivery
      key={generation}
      order={order.data}
      reloading={order.isFetching}
      onReload={() => void order.refetch().then(() => setGeneration((current) => current + 1))}
    />
  );
}

/**
 * Books what arrived against a sent order, fully or in part. Every scan counts one unit of its
 * line; quantities can be typed too. More than is still to come is booked only after confirming,
 * and a clerk's confirmation only with a manager's approval. The booking names the order's version
 * shown here, so a delivery booked meanwhile (another tab, a second press) is never booked again.
 */
function ReceiveDelivery({
  order,
  reloading,
  onReload,
}: {
  order: PurchaseOrderDetail;
  reloading: boolean;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const [quantities, setQuantities] = useState<Record<number, number | ''>>({});
  const [lastScanned, setLastScanned] = useState<number | null>(null);
  const [code, setCode] = useState('');
  const [overReceipts, setOverReceipts] = useState<OverReceipt[]>([]);
  const [approving, setApproving] = useState(false);
  const [stale, setStale] = useState(false);
  const receive = useReceivePurchaseOrder();
  const names = new Map(order.lines.map((line) => [line.productId, line.name]));
  const refusedLines = overReceiptsFrom(receive.error, names);

  const countOne = useReceiveCode(order.lines, (line) => {
    setQuantities((current) => ({ ...current, [line.productId]: (current[line.productId] || 0) + 1 }));
    setLastScanned(line.productId);
  });
  useScanHandler((code, interrupted) => {
    const restored = restoredQuantity(interrupted, RECEIVE_QUANTITY_ATTRIBUTE);
    if (restored) setQuantities((current) => ({ ...current, [restored.productId]: restored.quantity }));
    countOne(code);
  });

  const receiving = order.lines
    .map((line) => ({ line, quantity: quantities[line.productId] || 0 }))
    .filter((entry) => entry.quantity > 0);
  const units = receiving.reduce((sum, entry) => sum + entry.quantity, 0);
  // Said under its line; booking waits until it is put right.
  const unbookable = Object.values(quantities).some((quantity) => receiveQuantityProblem(quantity) !== null);

  function book(confirmOverReceipt: boolean, approval?: Approval) {
    if (unbookable) return;
    const over = receiving.filter((entry) => entry.quantity > entry.line.outstanding);
    if (over.length > 0 && !confirmOverReceipt) {
      setOverReceipts(
        over.map((entry) => ({
          name: entry.line.name,
          outstanding: entry.line.outstanding,
          receiving: entry.quantity,
        })),
      );
      return;
    }
    // Booking makes the order received, which takes this form off the screen: continue with the
    // promise, not with callbacks of a component that is gone by then.
    receive
      .mutateAsync({
        id: order.id,
        version: order.version,
        lines: receiving.map((entry) => ({ productId: entry.line.productId, quantity: entry.quantity })),
        confirmOverReceipt,
        ...(approval ? { approval } : {}),
      })
      .then((received) => {
        notifications.show({
          color: 'green',
          title: 'Delivery booked',
          message: `${countOf(units, 'unit')} into stock on ${orderTitle(received.number)}.`,
        });
        void navigate(`/inventory/purchase-orders/${order.id}`);
      })
      // Someone booked on or closed this order meanwhile: reload it before booking anything.
      // Or more arrived than is still to come: confirm it. Or a clerk confirmed: a manager approves it.
      .catch((error: unknown) => {
        setStale(isStaleVersion(error));
        setOverReceipts(overReceiptsFrom(error, names));
        setApproving(needsManagerApproval(error));
      });
  }

  useShortcut('alt+s', () => units > 0 && book(false), { inFields: true, enabled: !receive.isPending });

  return (
    <Stack gap="md">
      <DocumentHeader
        title={`Receive ${orderTitle(order.number)}`}
        badge={<StatusBadge status={order.status} />}
        subtitle={order.supplier.name}
        backTo={`/inventory/purchase-orders/${order.id}`}
        backLabel={orderTitle(order.number)}
      />
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Scan or type a code"
            description="Each scan counts one unit of its line; Enter after a typed code does the same."
            placeholder="Barcode or SKU"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || !code.trim()) return;
              event.preventDefault();
              countOne(code);
              setCode('');
            }}
            autoFocus
            flex="1 1 18rem"
          />
          <Button
            variant="default"
            onClick={() =>
              setQuantities(Object.fromEntries(order.lines.map((line) => [line.productId, line.outstanding])))
            }
          >
            Everything still to come arrived
          </Button>
          <Button variant="subtle" onClick={() => setQuantities({})}>
            Clear
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <ReceiveLinesTable
          lines={order.lines}
          quantities={quantities}
          lastScanned={lastScanned}
          onChange={(productId, quantity) => setQuantities((current) => ({ ...current, [productId]: quantity }))}
        />
      </Paper>
      {stale && <StaleNotice what="purchase order" reloading={reloading} onReload={onReload} />}
      {!stale && refusedLines.length === 0 && overReceipts.length === 0 && !needsManagerApproval(receive.error) && (
        <ErrorAlert error={receive.error} />
      )}
      <StickyActions
        status={
          <Text size="sm" c="dimmed" aria-live="polite">
            {unbookable
              ? 'Correct the quantity marked in red to book.'
              : units > 0
                ? `${countOf(units, 'unit')} on ${countOf(receiving.length, 'line')}`
                : 'Enter what arrived; lines left empty stay outstanding.'}
          </Text>
        }
      >
        <Button onClick={() => book(false)} disabled={units === 0 || unbookable} loading={receive.isPending}>
          <Group gap={8} wrap="nowrap">
            Book delivery <Shortcut keys="Alt+S" />
          </Group>
        </Button>
      </StickyActions>
      <OverReceiptDialog
        lines={overReceipts}
        loading={receive.isPending}
        error={refusedLines.length === 0 ? receive.error : null}
        onConfirm={() => book(true)}
        onClose={() => {
          setOverReceipts([]);
          receive.reset();
        }}
      />
      <ApprovalDialog
        opened={approving}
        confirmLabel="Approve and book"
        loading={receive.isPending}
        error={receive.variables?.approval ? receive.error : null}
        onApprove={(approval) => book(true, approval)}
        onClose={() => {
          setApproving(false);
          receive.reset();
        }}
      >
        This delivery receives more than was ordered.
      </ApprovalDialog>
    </Stack>
  );
}
