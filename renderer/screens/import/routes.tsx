import type { RouteObject } from 'react-router';
import { ImportScreen } from './ImportScreen';

/** The import wizard's route, mounted under the app shell. */
export const importRoutes: RouteObject[] = [{ path: 'import', element: <ImportScreen /> }];
