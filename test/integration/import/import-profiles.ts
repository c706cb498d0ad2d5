import type { ImportProfile } from '../../../shared/import/profile';

/** Every column a sales history file may have, in the order SALES_PROFILE's files are written. */
export const SALES_HEADER = 'order,date,sku,qty,price,discount,customer,store,status,payment';

/** Sales history with every optional field mapped; an empty cell reads as the field left out. */
export const SALES_PROFILE: ImportProfile = {
  version: 1,
  kind: 'sales',
  fields: {
    orderRef: { column: 'order' },
    orderDate: { column: 'date' },
    product: { column: 'sku' },
    quantity: { column: 'qty' },
    unitPrice: { column: 'price' },
    discountPercent: { column: 'discount' },
    customer: { column: 'customer' },
    store: { column: 'store' },
    status: { column: 'status' },
    paymentMethod: { column: 'payment' },
  },
};

/** One line of a SALES_PROFILE file; the optional fields not given are left empty. */
export function salesRow(row: {
  order: string;
  date: string;
  sku: string;
  qty: number;
  customer?: string;
  status?: string;
  payment?: string;
}): string {
  const { order, date, sku, qty, customer = '', status = '', payment = '' } = row;
  return [order, date, sku, qty, '', '', customer, '', status, payment].join(',');
}

export const INTERACTIONS_HEADER = 'customer,sku,event,stars,qty,at';

/** Customer interactions with every optional field mapped; an empty cell reads as the field left out. */
export const INTERACTIONS_PROFILE: ImportProfile = {
  version: 1,
  kind: 'interactions',
  fields: {
    customer: { column: 'customer' },
    product: { column: 'sku' },
    kind: { column: 'event' },
    rating: { column: 'stars' },
    quantity: { column: 'qty' },
    occurredAt: { column: 'at' },
  },
};
