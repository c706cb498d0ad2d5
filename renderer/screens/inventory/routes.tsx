import type { RouteObject } from 'react-router';
import { purchaseOrderPrintRoutes, purchaseOrderRoutes } from '../purchasing/routes';
import { CategoriesScreen } from './categories/CategoriesScreen';
import { AppliedCountPrint } from './count/AppliedCountPrint';
import { BlankCountSheet } from './count/BlankCountSheet';
import { CountResultScreen } from './count/CountResultScreen';
import { StockCountScreen } from './count/StockCountScreen';
import { InventoryLayout } from './layout/InventoryLayout';
import { LowStockScreen } from './low-stock/LowStockScreen';
import { ReorderScreen } from './low-stock/ReorderScreen';
import { NewProductScreen } from './product/NewProductScreen';
import { ProductScreen } from './product/ProductScreen';
import { ProductListScreen } from './ProductListScreen';
import { SupplierScreen } from './suppliers/SupplierScreen';
import { SuppliersScreen } from './suppliers/SuppliersScreen';
import { SendTransferScreen } from './transfers/SendTransferScreen';
import { TransferScreen } from './transfers/TransferScreen';
import { TransfersScreen } from './transfers/TransfersScreen';

/** The inventory screens' routes, mounted under the app shell. */
export const inventoryRoutes: RouteObject[] = [
  {
    path: 'inventory',
    element: <InventoryLayout />,
    children: [
      { index: true, element: <ProductListScreen /> },
      { path: 'products/new', element: <NewProductScreen /> },
      { path: 'products/:productId', element: <ProductScreen /> },
      { path: 'low-stock', element: <LowStockScreen /> },
      { path: 'low-stock/reorder', element: <ReorderScreen /> },
      { path: 'count', element: <StockCountScreen /> },
      { path: 'count/:countId', element: <CountResultScreen /> },
      { path: 'transfers', element: <TransfersScreen /> },
      { path: 'transfers/new', element: <SendTransferScreen /> },
      { path: 'transfers/:transferId', element: <TransferScreen /> },
      { path: 'suppliers', element: <SuppliersScreen /> },
      { path: 'suppliers/:supplierId', element: <SupplierScreen /> },
      { path: 'categories', element: <CategoriesScreen /> },
      ...purchaseOrderRoutes,
    ],
  },
  // Printable documents stand alone under the app shell, without the inventory frame around them.
  { path: 'inventory/count/sheet', element: <BlankCountSheet /> },
  { path: 'inventory/count/:countId/print', element: <AppliedCountPrint /> },
  ...purchaseOrderPrintRoutes,
];
