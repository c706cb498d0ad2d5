import { Alert, Button, Group, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { hasSearchWords } from '../../../shared/search-words';
import {
  productListFilters,
  useCategories,
  useProducts,
  type ProductFilters as Filters,
} from '../../api/hooks/useCatalog';
import { useStores } from '../../api/hooks/useStock';
import { ExportButton } from '../../components/ExportButton';
import { Shortcut } from '../../components/inventory/Shortcut';
import { useCan } from '../../components/inventory/useCan';
import { useShortcut } from '../../components/inventory/useShortcut';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { BulkEditBar } from './BulkEditBar';
import { BulkEditDialog } from './BulkEditDialog';
import { attributeSchemaFor } from './category-schema';
import { nextSorting, type Sorting } from './columns';
import { productCountText } from './product-count';
import { ProductFilters } from './ProductFilters';
import { ProductsEmpty } from './ProductsEmpty';
import { ProductTable } from './ProductTable';
import { useProductListParams } from './useProductListParams';
import { useSelection } from './useSelection';
import classes from './ProductListScreen.module.css';

/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const SEARCH_DEBOUNCE_MS = 120;
const MAX_BULK_PRODUCTS = 1000;

export function ProductListScreen() {
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  const navigate = useNavigate();
  const can = useCan();
  const canCreate = can('products.create');
  const canBulkEdit = can('products.bulkUpdate');
  useShortcut('n', () => void navigate('/inventory/products/new'), { enabled: canCreate });

  const params = useProductListParams();
  // The box keeps its own text and the address follows the settled search, so a keystroke (or a
  // scanner's burst of them) never waits for a navigation.
  const [searchText, setSearchText] = useState(params.searchText);
  const [search] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const { setSearchText: rememberSearch } = params;
  useEffect(() => rememberSearch(search), [search]);
  const [attributes] = useDebouncedValue(params.attributes, SEARCH_DEBOUNCE_MS);
  const categories = useCategories();
  const attributeSchema = useMemo(
    () => attributeSchemaFor(categories.data ?? [], params.categoryId),
    [categories.data, params.categoryId],
  );
  const sort = params.sorting?.sort ?? (hasSearchWords(search) ? 'relevance' : 'name');
  const direction = params.sorting?.direction ?? 'asc';
  const sorting: Sorting = { sort, direction };

  const filters: Filters = useMemo(
    () => ({
      search,
      categoryId: params.categoryId,
      includeArchived: params.includeArchived,
      attributes,
      brandId: params.brandId,
      supplierId: params.supplierId,
      storeId: params.storeId,
      lowStock: params.lowStock,
      sort,
      direction,
    }),
    [
      search,
      params.categoryId,
      params.includeArchived,
      attributes,
      params.brandId,
      params.supplierId,
      params.storeId,
      params.lowStock,
      sort,
      direction,
    ],
  );
  const stores = useStores();
  const viewedStore = params.storeId === null ? null : stores.data?.find((store) => store.id === params.storeId);
  // Another store's stock says so in the column header; the own store's is the plain "On hand".
  const onHandLabel = params.storeId === null ? undefined : `On hand · ${viewedStore?.name ?? 'other store'}`;
  const query = useProducts(filters);
  const products = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  // The host may list by name what was asked by relevance (too many matches to rank).
  const shownSort = query.data?.pages[0]?.sort ?? sort;

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, isPlaceholderData, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    // Placeholder pages belong to the previous filters; their cursor means nothing for the new ones.
    // After a failed page, scrolling does not retry on its own: the person asks for it.
    if (!isFetchingNextPage && !isPlaceholderData && !isFetchNextPageError) void fetchNextPage();
  }, [isFetchingNextPage, isPlaceholderData, isFetchNextPageError, fetchNextPage]);

  const selection = useSelection();
  const [bulkOpened, bulk] = useDisclosure(false);
  const loadedIds = useMemo(() => products.map((product) => product.id), [products]);
  const allTicked = loadedIds.length > 0 && loadedIds.every((id) => selection.selected.has(id));

  function clearSearch() {
    setSearchText('');
    searchRef.current?.focus();
  }

  return (
    <div className={classes.screen}>
      <Group justify="space-between" align="center" wrap="nowrap">
        {isFetchNextPageError ? (
          <Group gap="xs">
            <Text size="sm" c="red">
              More products could not be loaded.
            </Text>
            <Button size="compact-sm" variant="default" onClick={() => void fetchNextPage()}>
              Try again
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="product-count">
            {productCountText(products.length, hasNextPage, { asked: sort, shown: shownSort }, search)}
          </Text>
        )}
        <Group gap="sm" wrap="nowrap">
          <ExportButton list="products" filters={productListFilters(filters)} />
          {canCreate && (
            <Button onClick={() => void navigate('/inventory/products/new')} rightSection={<Shortcut keys="N" />}>
              New product
            </Button>
          )}
        </Group>
      </Group>
      <ProductFilters
        searchRef={searchRef}
        searchText={searchText}
        onSearchText={setSearchText}
        searching={query.isFetching && !isFetchingNextPage}
        categoryId={params.categoryId}
        onCategoryId={params.setCategoryId}
        attributeSchema={attributeSchema}
        attributes={params.attributes}
        onAttributes={params.setAttributes}
        includeArchived={params.includeArchived}
        onIncludeArchived={params.setIncludeArchived}
        brandId={params.brandId}
        onBrandId={params.setBrandId}
        supplierId={params.supplierId}
        onSupplierId={params.setSupplierId}
        storeId={params.storeId}
        onStoreId={params.setStoreId}
        lowStock={params.lowStock}
        onLowStock={params.setLowStock}
      />
      {canBulkEdit && selection.selected.size > 0 && (
        <BulkEditBar
          count={selection.selected.size}
          tooMany={selection.selected.size > MAX_BULK_PRODUCTS}
          onEdit={bulk.open}
          onClear={selection.clear}
        />
      )}
      {query.isError && !query.data ? (
        <Alert color="red" title="Products could not be loaded">
          <Text size="sm" mb="sm">
            {query.error.message}
          </Text>
          <Button size="xs" variant="default" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : (
        <ProductTable
          products={products}
          loading={query.isPending}
          hasMore={hasNextPage}
          loadMore={loadMore}
          sorting={sorting}
          onSort={(column) => params.setSorting(nextSorting(sorting, column))}
          resetKey={JSON.stringify(filters)}
          onHandLabel={onHandLabel}
          selection={
            canBulkEdit
              ? {
                  selected: selection.selected,
                  onToggle: selection.toggle,
                  header: {
                    all: allTicked,
                    some: selection.selected.size > 0,
                    onToggleAll: () => selection.toggleAll(loadedIds),
                  },
                }
              : null
          }
          empty={
            <ProductsEmpty
              search={search}
              filtered={
                params.categoryId !== null ||
                Object.keys(params.attributes).length > 0 ||
                params.brandId !== null ||
                params.supplierId !== null ||
                params.lowStock
              }
              onClearSearch={clearSearch}
              onClearFilters={params.clearFilters}
            />
          }
        />
      )}
      <BulkEditDialog ids={[...selection.selected]} opened={bulkOpened} onClose={bulk.close} onDone={selection.clear} />
    </div>
  );
}
