import { inStoreScope } from '../../../shared/store-scope';
import { useCurrentStaff } from '../../api/hooks/useSession';

/**
 * Whether the logged-in person may change what belongs to a store (its reorder settings, the
 * transfers coming to it), by the host's store-scope rule: an admin acts for every store, anyone
 * else in each store they work in, not only in their home store.
 */
export function useCanActIn(): (storeId: number) => boolean {
  const staff = useCurrentStaff();
  return (storeId) => inStoreScope(staff, storeId);
}
