import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useProducts, type ProductFilters as Filters } from '../../api/hooks/useCatalog';
import { formatCount } from '../../lib/format';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { nextSorting, type Sorting } from './columns';
import { ProductFilters } from './ProductFilters';
import { ProductsEmpty } from './ProductsEmpty';
import { ProductTable } from './ProductTable';
import classes from './InventoryScreen.module.css';

/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const SEARCH_DEBOUNCE_MS = 120;

export function InventoryScreen() {
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);

  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [sorting, setSorting] = useState<Sorting>({ sort: 'name', direction: 'asc' });
  const [includeArchived, setIncludeArchived] = useState(false);

  const filters: Filters = useMemo(
    () => ({ search, categoryId, includeArchived, ...sorting }),
    [search, categoryId, includeArchived, sorting],
  );
  const query = useProducts(filters);
  const products = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, isPlaceholderData, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    // Placeholder pages belong to the previous filters; their cursor means nothing for the new ones.
    // After a failed page, scrolling does not retry on its own: the person asks for it.
    if (!isFetchingNextPage && !isPlaceholderData && !isFetchNextPageError) void fetchNextPage();
  }, [isFetchingNextPage, isPlaceholderData, isFetchNextPageError, fetchNextPage]);

  function clearSearch() {
    setSearchText('');
    searchRef.current?.focus();
  }

  return (
    <div className={classes.screen}>
      <Group justify="space-between" align="baseline">
        <Title order={2}>Inventory</Title>
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
            {products.length > 0
              ? `${formatCount(products.length)} products${hasNextPage ? ' loaded · scroll for more' : ''}`
              : ''}
          </Text>
        )}
      </Group>
      <ProductFilters
        searchRef={searchRef}
        searchText={searchText}
        onSearchText={setSearchText}
        searching={query.isFetching && !isFetchingNextPage}
        categoryId={categoryId}
        onCategoryId={setCategoryId}
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
      />
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
          onSort={(column) => setSorting((current) => nextSorting(current, column))}
          resetKey={JSON.stringify(filters)}
          empty={
            <ProductsEmpty
              search={search}
              filtered={categoryId !== null}
              onClearSearch={clearSearch}
              onClearFilters={() => setCategoryId(null)}
            />
          }
        />
      )}
    </div>
  );
}
