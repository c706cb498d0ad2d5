import type { RouteObject } from 'react-router';
import { EndOfDayScreen } from './end-of-day/EndOfDayScreen';
import { OrderDetailScreen } from './detail/OrderDetailScreen';
import { OrdersListScreen } from './list/OrdersListScreen';
import { ReceiptScreen } from './receipt/ReceiptScreen';
import { TillScreen } from './till/TillScreen';

/** The orders screens' routes, mounted under the app shell. */
export const ordersRoutes: RouteObject[] = [
  { path: 'orders', element: <OrdersListScreen /> },
  { path: 'orders/new', element: <TillScreen /> },
  { path: 'orders/end-of-day', element: <EndOfDayScreen /> },
  { path: 'orders/:orderId', element: <OrderDetailScreen /> },
  { path: 'orders/:orderId/receipt', element: <ReceiptScreen /> },
];
