import { Badge } from '@mantine/core';
import type { PurchaseOrderStatus } from '../../../shared/purchase-order-status';

export const STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  partially_received: 'Partly received',
  received: 'Received',
  cancelled: 'Cancelled',
};

const STATUS_COLORS: Record<PurchaseOrderStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  partially_received: 'yellow',
  received: 'green',
  cancelled: 'red',
};

export function StatusBadge({ status }: { status: PurchaseOrderStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="order-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** "PO 17": how people say a purchase order's number. */
export function orderTitle(number: number): string {
  return `PO ${number}`;
}
