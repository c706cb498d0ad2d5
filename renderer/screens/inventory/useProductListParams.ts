import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { MAX_PRODUCT_SEARCH_LENGTH, PRODUCT_LIST_SORTS, type ProductListSort } from '../../../shared/contract';
import type { AttributeFilterValues } from '../../api/hooks/useCatalog';
import type { Sorting } from './columns';

/**
 * The list's search and filters live in the address, so opening a product and coming back (or
 * reloading) shows the same list. Sorting is absent until someone picks a column: then the list is
 * ordered by best match while searching and by name otherwise.
 */
/** The list's address as last seen, so "← Products" from a product returns to the same search. */
let lastListSearch = '';

export function productListPath(): string {
  return `/inventory${lastListSearch}`;
}

export function useProductListParams() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  useEffect(() => {
    lastListSearch = search ? `?${search}` : '';
  }, [search]);

  function update(changes: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  const categoryParam = Number(params.get('category'));
  const idParam = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  const sortParam = params.get('sort');
  const sorting: Sorting | null =
    sortParam && (PRODUCT_LIST_SORTS as readonly string[]).includes(sortParam)
      ? { sort: sortParam as ProductListSort, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' }
      : null;

  return {
    // An address written by hand (or by an older version) may hold more than the list takes.
    searchText: (params.get('q') ?? '').slice(0, MAX_PRODUCT_SEARCH_LENGTH),
    categoryId: Number.isInteger(categoryParam) && categoryParam > 0 ? categoryParam : null,
    brandId: idParam('brand'),
    supplierId: idParam('supplier'),
    /** Null is the signed-in staff member's own store. */
    storeId: idParam('store'),
    lowStock: params.get('low') === '1',
    includeArchived: params.get('archived') === '1',
    attributes: parseAttributes(params.get('attributes')),
    sorting,
    /** A new search starts ordered by best match, whatever column was chosen before. */
    setSearchText: (text: string) =>
      update(params.get('q') || !text ? { q: text } : { q: text, sort: null, dir: null }),
    setCategoryId: (id: number | null) => update({ category: id === null ? null : String(id), attributes: null }),
    setIncludeArchived: (include: boolean) => update({ archived: include ? '1' : null }),
    setBrandId: (id: number | null) => update({ brand: id === null ? null : String(id) }),
    setSupplierId: (id: number | null) => update({ supplier: id === null ? null : String(id) }),
    setStoreId: (id: number | null) => update({ store: id === null ? null : String(id) }),
    setLowStock: (low: boolean) => update({ low: low ? '1' : null }),
    setAttributes: (values: AttributeFilterValues) =>
      update({ attributes: Object.keys(values).length > 0 ? JSON.stringify(values) : null }),
    setSorting: (next: Sorting) => update({ sort: next.sort, dir: next.direction }),
    clearFilters: () => update({ category: null, attributes: null, brand: null, supplier: null, low: null }),
  };
}

function parseAttributes(text: string | null): AttributeFilterValues {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string | number | boolean] =>
          typeof entry[1] === 'string' || typeof entry[1] === 'number' || typeof entry[1] === 'boolean',
      ),
    );
  } catch {
    return {};
  }
}
