import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { AttributeSchema } from '../../../shared/attributes';
import type { ChannelInput, ProductDetail, ProductListInput, ProductListSort } from '../../../shared/contract';
import { hasSearchWords } from '../../../shared/search-words';
import { invoke } from '../client';
import { invalidateInventory } from './inventory-cache';

export const CATALOG_KEY = ['catalog'] as const;

/** Large enough that fast scrolling rarely waits, small enough that each page answers in a few ms. */
const PRODUCT_PAGE_SIZE = 100;

export type AttributeFilterValues = Record<string, string | number | boolean>;

export interface ProductFilters {
  search: string;
  categoryId: number | null;
  sort: ProductListSort;
  direction: 'asc' | 'desc';
  includeArchived: boolean;
  /** Exact values of the chosen category's attributes. */
  attributes?: AttributeFilterValues;
  brandId?: number | null;
  supplierId?: number | null;
  /** Whose stock the list shows and filters; null is the signed-in staff member's store. */
  storeId?: number | null;
  /** Only products at or below their reorder point in that store. */
  lowStock?: boolean;
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

/**
 * A few best matches for a picker's search box. Text of symbols alone asks nothing: the list would
 * answer it with every product (pickers show none for it, as the product list says it looks for nothing).
 */
export function useProductSearch(search: string, limit = 8) {
  const words = search.trim();
  return useQuery({
    queryKey: [...CATALOG_KEY, 'search', words, limit],
    queryFn: () => invoke('products.list', { search: words, sort: 'relevance', limit }),
    enabled: hasSearchWords(words),
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

export function productKey(id: number) {
  return [...CATALOG_KEY, 'product', id] as const;
}

export function productQuery(id: number) {
  return queryOptions({
    queryKey: productKey(id),
    queryFn: () => invoke('products.get', { id }),
    meta: { errorsShownInline: true },
  });
}

export function useProduct(id: number) {
  return useQuery(productQuery(id));
}

/** A scanned or typed code to the product it names; NOT_FOUND is the caller's to explain. */
export function useFindProductByCode() {
  return useMutation({
    mutationFn: (code: string) => invoke('products.findByCode', { code }),
    meta: { errorsShownInline: true },
  });
}

/** Every product write answers with the fresh detail: it goes straight into the cache. */
function useProductWrite<I>(write: (input: I) => Promise<ProductDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (product) => {
      queryClient.setQueryData(productKey(product.id), product);
      return invalidateInventory(queryClient);
    },
    meta: { errorsShownInline: true },
  });
}

export const useCreateProduct = () =>
  useProductWrite((input: ChannelInput<'products.create'>) => invoke('products.create', input));
export const useUpdateProduct = () =>
  useProductWrite((input: ChannelInput<'products.update'>) => invoke('products.update', input));
export const useArchiveProduct = () =>
  useProductWrite((input: ChannelInput<'products.archive'>) => invoke('products.archive', input));
export const useRestoreProduct = () =>
  useProductWrite((input: ChannelInput<'products.restore'>) => invoke('products.restore', input));
export const useSetStoreReorder = () =>
  useProductWrite((input: ChannelInput<'products.setStoreReorder'>) => invoke('products.setStoreReorder', input));

export function useBulkUpdateProducts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'products.bulkUpdate'>) => invoke('products.bulkUpdate', input),
    onSuccess: () => invalidateInventory(queryClient),
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

/** Category changes move products and attribute rules around: everything read from the catalog may differ. */
function useCatalogWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CATALOG_KEY }),
    meta: { errorsShownInline: true },
  });
}

export const useCreateCategory = () =>
  useCatalogWrite((input: ChannelInput<'categories.create'>) => invoke('categories.create', input));
export const useRenameCategory = () =>
  useCatalogWrite((input: ChannelInput<'categories.rename'>) => invoke('categories.rename', input));
export const useMoveCategory = () =>
  useCatalogWrite((input: ChannelInput<'categories.move'>) => invoke('categories.move', input));
export const useMergeCategories = () =>
  useCatalogWrite((input: ChannelInput<'categories.merge'>) => invoke('categories.merge', input));
export const useSetCategoryAttributes = () =>
  useCatalogWrite((input: { id: number; attributes: AttributeSchema }) => invoke('categories.setAttributes', input));

export function useBrands() {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'brands'],
    queryFn: () => invoke('brands.list', {}),
    staleTime: 5 * 60_000,
  });
}

export const useCreateBrand = () =>
  useCatalogWrite((input: ChannelInput<'brands.create'>) => invoke('brands.create', input));

export function useSuppliers() {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'suppliers'],
    queryFn: () => invoke('suppliers.list', {}),
    staleTime: 5 * 60_000,
  });
}

/** One supplier with what they sell us; waits while the id is not known yet. */
export function useSupplier(id: number | null) {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'supplier', id],
    queryFn: () => invoke('suppliers.get', { id: id ?? 0 }),
    enabled: id !== null,
    meta: { errorsShownInline: true },
  });
}

export const useCreateSupplier = () =>
  useCatalogWrite((input: ChannelInput<'suppliers.create'>) => invoke('suppliers.create', input));
export const useUpdateSupplier = () =>
  useCatalogWrite((input: ChannelInput<'suppliers.update'>) => invoke('suppliers.update', input));

function toListInput(filters: ProductFilters, cursor: string | null): ProductListInput {
  return { ...productListFilters(filters), limit: PRODUCT_PAGE_SIZE, ...(cursor === null ? {} : { cursor }) };
}

/** The filters as products.list takes them, without paging: also what an export of the list is given. */
export function productListFilters(filters: ProductFilters): Omit<ProductListInput, 'cursor' | 'limit'> {
  const search = filters.search.trim();
  const attributes = filters.attributes ?? {};
  return {
    sort: filters.sort,
    direction: filters.direction,
    includeArchived: filters.includeArchived,
    ...(search ? { search } : {}),
    ...(filters.categoryId === null ? {} : { categoryId: filters.categoryId }),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(filters.brandId == null ? {} : { brandId: filters.brandId }),
    ...(filters.supplierId == null ? {} : { supplierId: filters.supplierId }),
    ...(filters.storeId == null ? {} : { storeId: filters.storeId }),
    ...(filters.lowStock ? { lowStock: true } : {}),
  };
}
