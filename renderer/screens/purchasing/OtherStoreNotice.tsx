import { Alert } from '@mantine/core';
import type { PurchaseOrderDetail } from '../../../shared/contract';

/**
 * Why an order is shown read-only to someone who can reach it by its link but does not work at
 * its store: the host refuses their booking or change, so the screen offers none.
 */
export function OtherStoreNotice({ order }: { order: PurchaseOrderDetail }) {
  return (
    <Alert color="gray" title={`Read only: an order of ${order.store.name}`}>
      You do not work at {order.store.name}, so you can read this purchase order but not book its deliveries or change
      it. Its staff or an admin can.
    </Alert>
  );
}
