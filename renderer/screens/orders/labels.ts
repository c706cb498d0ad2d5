import type { OrderStatus } from '../../../shared/order-status';
import type { PaymentMethod } from '../../../shared/contract/orders';

export const METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'Cash',
  card: 'Card',
  voucher: 'Voucher',
  store_credit: 'Store credit',
  other: 'Other',
};

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Pending',
  paid: 'Paid',
  fulfilled: 'Fulfilled',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const STATUS_COLORS: Record<OrderStatus, string> = {
  pending: 'yellow',
  paid: 'green',
  fulfilled: 'blue',
  delivered: 'teal',
  cancelled: 'gray',
};

export const CHANNEL_LABELS = { till: 'In store', phone: 'Phone', online: 'Online' } as const;

/** How every screen names an order, as its receipt prints it: the store's own sequential number. */
export function orderTitle(orderNumber: number): string {
  return `Order ${orderNumber}`;
}
