import type { QueryClient } from '@tanstack/react-query';

/** The caches whose answers depend on stock levels, product settings or purchase orders. */
const INVENTORY_ROOTS = ['catalog', 'stock', 'purchasing'] as const;

/**
 * A write that moves stock or changes a product can change what every inventory list shows (on
 * hand, low stock, on order); writes are rare next to reads, so all of them are refreshed.
 */
export function invalidateInventory(queryClient: QueryClient): Promise<void> {
  return queryClient
    .invalidateQueries({ predicate: (query) => (INVENTORY_ROOTS as readonly unknown[]).includes(query.queryKey[0]) })
    .then(() => undefined);
}
