import type { RouteObject } from 'react-router';
import { CustomersScreen } from './CustomersScreen';

/** The customers screens' routes, mounted under the app shell. */
export const customersRoutes: RouteObject[] = [{ path: 'customers', element: <CustomersScreen /> }];
