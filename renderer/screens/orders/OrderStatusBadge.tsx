import { Badge } from '@mantine/core';
import type { OrderStatus } from '../../../shared/order-status';
import { STATUS_COLORS, STATUS_LABELS } from './labels';

/** An order's status in a row of a list of orders, in the colour the orders screens give it. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
