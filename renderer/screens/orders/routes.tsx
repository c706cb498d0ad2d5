import type { RouteObject } from 'react-router';
import { OrdersScreen } from './OrdersScreen';

/** The orders screens' routes, mounted under the app shell. */
export const ordersRoutes: RouteObject[] = [{ path: 'orders', element: <OrdersScreen /> }];
