import type { KindSpec } from '../fields';

const MAX_QUANTITY = 100_000_000;

/**
 * Stock levels: what is on the shelf now, product by product. Booked as one stock count per store,
 * with a count movement for each difference, so the ledger still explains every unit.
 */
export const stockKind: KindSpec = {
  kind: 'stock',
  label: 'Stock levels',
  naturalKeys: ['product'],
  fields: [
    {
      key: 'product',
      label: 'Product (SKU or barcode)',
      type: 'text',
      required: true,
      maxLength: 64,
      aliases: ['sku', 'product', 'productid', 'productcode', 'itemcode', 'item', 'barcode', 'ean', 'upc'],
    },
    {
      key: 'onHand',
      label: 'Quantity on hand',
      type: 'integer',
      required: true,
      max: MAX_QUANTITY,
      aliases: ['onhand', 'quantity', 'qty', 'stock', 'instock', 'unitsinstock', 'count', 'counted', 'level'],
    },
    {
      key: 'store',
      label: 'Store code',
      type: 'text',
      required: false,
      maxLength: 12,
      aliases: ['store', 'storecode', 'shop', 'branch', 'location'],
      description: 'When not mapped, the importing store. Only an admin counts other stores.',
    },
  ],
};
