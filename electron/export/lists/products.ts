import { pagedList } from './list-export';

/** The product table as the catalog screen shows it, on hand in the store the list shows. */
export const productsExport = pagedList('products.list', [
  { header: 'SKU', type: 'text', value: (row) => row.sku },
  { header: 'Barcode', type: 'text', value: (row) => row.barcode },
  { header: 'Name', type: 'text', value: (row) => row.name },
  { header: 'Category', type: 'text', value: (row) => row.categoryName },
  { header: 'Brand', type: 'text', value: (row) => row.brandName },
  { header: 'Price', type: 'money', value: (row) => row.priceCents },
  { header: 'Tax rate (%)', type: 'number', value: (row) => row.taxRateBp / 100 },
  { header: 'On hand', type: 'integer', value: (row) => row.onHand },
  { header: 'Reorder point', type: 'integer', value: (row) => row.reorderPoint },
  { header: 'Archived', type: 'boolean', value: (row) => row.archived },
  { header: 'Updated at (UTC)', type: 'datetime', value: (row) => row.updatedAt },
]);
