import type { RouteObject } from 'react-router';
import { InventoryScreen } from './InventoryScreen';

/** The inventory screens' routes, mounted under the app shell. */
export const inventoryRoutes: RouteObject[] = [{ path: 'inventory', element: <InventoryScreen /> }];
