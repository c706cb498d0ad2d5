import type { MessageRecordKind } from '../../../shared/contract/messages';

/** The page of each kind of record a message can be attached to. */
const RECORD_PAGES: Record<MessageRecordKind, (id: number) => string> = {
  product: (id) => `/inventory/products/${id}`,
  order: (id) => `/orders/${id}`,
  purchase_order: (id) => `/inventory/purchase-orders/${id}`,
  customer: (id) => `/customers/${id}`,
  transfer: (id) => `/inventory/transfers/${id}`,
};

export const RECORD_KIND_LABELS: Record<MessageRecordKind, string> = {
  product: 'Product',
  order: 'Order',
  purchase_order: 'Purchase order',
  customer: 'Customer',
  transfer: 'Transfer',
};

export function recordPath(record: { kind: MessageRecordKind; id: number }): string {
  return RECORD_PAGES[record.kind](record.id);
}
