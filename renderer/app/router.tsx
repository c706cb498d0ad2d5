import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { AdminScreen } from '../screens/admin/AdminScreen';
import { AnalyticsScreen } from '../screens/analytics/AnalyticsScreen';
import { CustomersScreen } from '../screens/customers/CustomersScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { InventoryScreen } from '../screens/inventory/InventoryScreen';
import { MessagesScreen } from '../screens/messages/MessagesScreen';
import { OrdersScreen } from '../screens/orders/OrdersScreen';

/** Hash routes, because Electron loads the app from file:// where path routes cannot resolve. */
export const router = createHashRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardScreen /> },
      { path: 'inventory', element: <InventoryScreen /> },
      { path: 'orders', element: <OrdersScreen /> },
      { path: 'customers', element: <CustomersScreen /> },
      { path: 'messages', element: <MessagesScreen /> },
      { path: 'analytics', element: <AnalyticsScreen /> },
      { path: 'admin', element: <AdminScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
