import type { KindSpec } from '../fields';

/** Customer interactions: what customers viewed, put in a cart, bought or rated, and when. */
export const interactionsKind: KindSpec = {
  kind: 'interactions',
  label: 'Customer interactions',
  naturalKeys: [],
  fields: [
    {
      key: 'customer',
      label: 'Customer (reference or email)',
      type: 'text',
      required: true,
      maxLength: 254,
      aliases: ['customer', 'customerid', 'customerref', 'customeremail', 'email'],
    },
    {
      key: 'product',
      label: 'Product (SKU or barcode)',
      type: 'text',
      required: true,
      maxLength: 64,
      aliases: ['sku', 'product', 'productid', 'productcode', 'itemcode', 'item', 'barcode'],
    },
    {
      key: 'kind',
      label: 'Kind',
      type: 'text',
      required: true,
      maxLength: 20,
      aliases: ['kind', 'event', 'eventtype', 'action', 'type', 'interaction'],
      description: 'viewed, added_to_cart, bought or rated.',
    },
    {
      key: 'rating',
      label: 'Rating',
      type: 'integer',
      required: false,
      aliases: ['rating', 'stars', 'score'],
      description: '1 to 5; required for rated, empty for the other kinds.',
    },
    {
      key: 'quantity',
      label: 'Quantity',
      type: 'integer',
      required: false,
      aliases: ['quantity', 'qty', 'units'],
      description: 'More than zero; 1 when not mapped.',
    },
    {
      key: 'occurredAt',
      label: 'Time',
      type: 'datetime',
      required: true,
      aliases: ['occurredat', 'time', 'timestamp', 'datetime', 'date', 'at'],
      description: 'Not in the future. A time without a zone is read as UTC.',
    },
  ],
};
