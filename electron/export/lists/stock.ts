import { pagedList } from './list-export';

/** Products at or below their reorder point in a store, most urgent first. */
export const lowStockExport = pagedList('lowStock.list', [
  { header: 'SKU', type: 'text', value: (row) => row.sku },
  { header: 'Name', type: 'text', value: (row) => row.name },
  { header: 'On hand', type: 'integer', value: (row) => row.onHand },
  { header: 'Reorder point', type: 'integer', value: (row) => row.reorderPoint },
  { header: 'Reorder quantity', type: 'integer', value: (row) => row.reorderQty },
  { header: 'Sold in the last 28 days', type: 'integer', value: (row) => row.salesLast28Days },
  { header: 'Sold per day', type: 'number', value: (row) => Math.round(row.dailyVelocity * 100) / 100 },
  {
    header: 'Days of cover',
    type: 'number',
    value: (row) => (row.daysOfCover === null ? null : Math.round(row.daysOfCover * 10) / 10),
  },
]);

/** One product's stock ledger in a store, newest first. */
export const stockMovementsExport = pagedList('stock.listMovements', [
  { header: 'Occurred at (UTC)', type: 'datetime', value: (row) => row.occurredAt },
  { header: 'Kind', type: 'text', value: (row) => row.kind },
  { header: 'Reason', type: 'text', value: (row) => row.reason },
  { header: 'Quantity', type: 'integer', value: (row) => row.quantity },
  { header: 'Unit cost', type: 'money', value: (row) => row.unitCostCents },
  { header: 'Staff', type: 'text', value: (row) => row.staffName },
  { header: 'Reference', type: 'text', value: (row) => row.reference?.label ?? null },
  { header: 'Note', type: 'text', value: (row) => row.note },
]);

/** A store's purchase orders, newest number first. */
export const purchaseOrdersExport = pagedList('purchaseOrders.list', [
  { header: 'Number', type: 'integer', value: (row) => row.number },
  { header: 'Store', type: 'text', value: (row) => row.store.name },
  { header: 'Supplier', type: 'text', value: (row) => row.supplier.name },
  { header: 'Status', type: 'text', value: (row) => row.status },
  { header: 'Created at (UTC)', type: 'datetime', value: (row) => row.createdAt },
  { header: 'Created by', type: 'text', value: (row) => row.createdByName },
  { header: 'Sent at (UTC)', type: 'datetime', value: (row) => row.sentAt },
  { header: 'Expected', type: 'date', value: (row) => row.expectedAt },
  { header: 'Lines', type: 'integer', value: (row) => row.lineCount },
  { header: 'Total', type: 'money', value: (row) => row.totalCents },
  { header: 'Note', type: 'text', value: (row) => row.note },
]);
