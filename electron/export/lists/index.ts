import type { ExportList } from '../../../shared/contract/exports';
import { customersExport, lapsedCustomersExport, topCustomersExport } from './customers';
import { auditExport } from './audit';
import type { ListExport } from './list-export';
import { endOfDayExport, ordersExport } from './orders';
import { productsExport } from './products';
import { lowStockExport, purchaseOrdersExport, stockMovementsExport } from './stock';

/** Every exportable list, by the name exports.list knows it by. */
export const listExports: Record<ExportList, ListExport<unknown>> = {
  products: productsExport,
  customers: customersExport,
  orders: ordersExport,
  lowStock: lowStockExport,
  stockMovements: stockMovementsExport,
  purchaseOrders: purchaseOrdersExport,
  topCustomers: topCustomersExport,
  lapsedCustomers: lapsedCustomersExport,
  endOfDay: endOfDayExport,
  audit: auditExport,
};
