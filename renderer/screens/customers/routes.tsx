import type { RouteObject } from 'react-router';
import { CustomerListScreen } from './CustomerListScreen';
import { CustomerProfileScreen } from './profile/CustomerProfileScreen';
import { NewCustomerScreen } from './NewCustomerScreen';

/** The customers screens' routes, mounted under the app shell. */
export const customersRoutes: RouteObject[] = [
  { path: 'customers', element: <CustomerListScreen /> },
  { path: 'customers/new', element: <NewCustomerScreen /> },
  { path: 'customers/:id', element: <CustomerProfileScreen /> },
];
