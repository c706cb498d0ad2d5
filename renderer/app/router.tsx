import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { AdminScreen } from '../screens/admin/AdminScreen';
import { MyAccountScreen } from '../screens/admin/StaffAccount';
import { AnalyticsScreen } from '../screens/analytics/AnalyticsScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { BackupsScreen } from '../screens/backups/BackupsScreen';
import { QueryLabScreen } from '../screens/analytics/query-lab/QueryLabScreen';
import { customersRoutes } from '../screens/customers/routes';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { importRoutes } from '../screens/import/routes';
import { inventoryRoutes } from '../screens/inventory/routes';
import { JobsScreen } from '../screens/jobs/JobsScreen';
import { MessagesScreen } from '../screens/messages/MessagesScreen';
import { ordersRoutes } from '../screens/orders/routes';
import { SyncScreen } from '../screens/sync/SyncScreen';

/** Hash routes, because Electron loads the app from file:// where path routes cannot resolve. */
export const router = createHashRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardScreen /> },
      ...inventoryRoutes,
      ...ordersRoutes,
      ...customersRoutes,
      { path: 'messages', element: <MessagesScreen /> },
      { path: 'analytics', element: <AnalyticsScreen /> },
      { path: 'analytics/lab', element: <QueryLabScreen /> },
      ...importRoutes,
      { path: 'jobs', element: <JobsScreen /> },
      { path: 'admin', element: <AdminScreen /> },
      { path: 'account', element: <MyAccountScreen /> },
      { path: 'audit', element: <AuditScreen /> },
      { path: 'backups', element: <BackupsScreen /> },
      { path: 'sync', element: <SyncScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
