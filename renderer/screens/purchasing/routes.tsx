import type { RouteObject } from 'react-router';
import { PurchaseOrderPrint } from './PurchaseOrderPrint';
import { NewPurchaseOrderScreen, PurchaseOrderScreen } from './PurchaseOrderScreen';
import { PurchaseOrdersScreen } from './PurchaseOrdersScreen';
import { ReceiveScreen } from './receive/ReceiveScreen';

/** Purchase order screens, mounted inside the inventory screens (they share its sections and scanner). */
export const purchaseOrderRoutes: RouteObject[] = [
  { path: 'purchase-orders', element: <PurchaseOrdersScreen /> },
  { path: 'purchase-orders/new', element: <NewPurchaseOrderScreen /> },
  { path: 'purchase-orders/:orderId', element: <PurchaseOrderScreen /> },
  { path: 'purchase-orders/:orderId/receive', element: <ReceiveScreen /> },
];

/** The print view stands alone under the app shell: a document, without the inventory frame around it. */
export const purchaseOrderPrintRoutes: RouteObject[] = [
  { path: 'inventory/purchase-orders/:orderId/print', element: <PurchaseOrderPrint /> },
];
