import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ProductListInput, ProductSort } from '../../../shared/contract';
import { invoke } from '../client';

export const CATALOG_KEY = ['catalog'] as const;

/** Large enough that fast scrolling rarely waits, small enough that each page answers in a few ms. */
const PRODUCT_PAGE_SIZE = 100;

export interface ProductFilters {
  search: string;
  categoryId: number | null;
  sort: ProductSort;
  direction: 'asc' | 'desc';
  includeArchived: boolean;
}

/** Products page by page (keyset cursor); the previous list stays on screen while a new filter loads. */
export function useProducts(filters: ProductFilters) {
  return useInfiniteQuery({
    queryKey: [...CATALOG_KEY, 'products', filters],
    queryFn: ({ pageParam }) => invoke('products.list', toListInput(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

export function useCategories() {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'categories'],
    queryFn: () => invoke('categories.list', {}),
    staleTime: 5 * 60_000,
  });
}

function toListInput(filters: ProductFilters, cursor: string | null): ProductListInput {
  const search = filters.search.trim();
  return {
    sort: filters.sort,
    direction: filters.direction,
    includeArchived: filters.includeArchived,
    limit: PRODUCT_PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(filters.categoryId === null ? {} : { categoryId: filters.categoryId }),
    ...(cursor === null ? {} : { cursor }),
  };
}
