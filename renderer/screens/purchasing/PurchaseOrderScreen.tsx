import { Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { usePurchaseOrder } from '../../api/hooks/usePurchasing';
import { QueryError } from '../../components/inventory/QueryError';
import { useCan } from '../../components/inventory/useCan';
import { RecordThread } from '../../components/messages/RecordThread';
import { PurchaseOrderEditor } from './PurchaseOrderEditor';
import { PurchaseOrderView } from './PurchaseOrderView';

/** A draft opens in the editor for those who may change it at its store; every other order opens read-only. */
export function PurchaseOrderScreen() {
  const orderId = Number(useParams().orderId);
  const order = usePurchaseOrder(orderId);
  const can = useCan();
  // Bumped by "Reload": the editor starts again from the stored order (a save keeps the editor as it is).
  const [generation, setGeneration] = useState(0);
  if (order.isPending) return <OrderSkeleton />;
  if (order.isError) {
    return (
      <QueryError
        error={order.error}
        onRetry={() => void order.refetch()}
        titles={{ NOT_FOUND: 'This purchase order does not exist', VALIDATION: 'This purchase order does not exist' }}
      />
    );
  }
  const thread = <RecordThread record={{ kind: 'purchase_order', id: order.data.id }} what="purchase order" />;
  if (order.data.status === 'draft' && order.data.inCallerStores && can('purchaseOrders.update')) {
    return (
      <Stack gap="md">
        <PurchaseOrderEditor
          key={generation}
          order={order.data}
          reloading={order.isFetching}
          onReload={() => void order.refetch().then(() => setGeneration((current) => current + 1))}
        />
        {thread}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PurchaseOrderView order={order.data} />
      {thread}
    </Stack>
  );
}

export function NewPurchaseOrderScreen() {
  const can = useCan();
  if (!can('purchaseOrders.create')) return <Navigate to="/inventory/purchase-orders" replace />;
  return <PurchaseOrderEditor order={null} />;
}

function OrderSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading purchase order">
      <Skeleton height={48} width="30%" />
      <Skeleton height={90} radius="md" />
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}
