import { Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CustomerSegmentName } from '../../../shared/contract/customers';
import { customerListFilters, useCustomerList, useCustomerSearch } from '../../api/hooks/useCustomers';
import { LoadMoreSentinel } from '../../components/customers/LoadMoreSentinel';
import { ExportButton } from '../../components/ExportButton';
import { QueryError } from '../../components/inventory/QueryError';
import { Shortcut } from '../../components/inventory/Shortcut';
import { useCan } from '../../components/inventory/useCan';
import { formatCount } from '../../lib/format';
import { useSlashToFocus } from '../../lib/useSlashToFocus';
import { CustomersEmpty } from './CustomersEmpty';
import { CustomerTable } from './CustomerTable';
import { SegmentChips } from './SegmentChips';

const SEARCH_DEBOUNCE_MS = 120;

/**
 * Every customer, A→Z, narrowed as you type and by segment. Clerks may only search (the till's
 * look-up), so for them the list appears once something is typed.
 */
export function AllCustomers() {
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  const can = useCan();
  const canList = can('customers.list');
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [segment, setSegment] = useState<CustomerSegmentName | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);

  const filters = useMemo(
    () => ({ search, segment, includeArchived, sort: 'name' as const }),
    [search, segment, includeArchived],
  );
  const list = useCustomerList(filters, canList);
  const matches = useCustomerSearch(canList ? '' : search, 20);
  const rows = useMemo(
    () => (canList ? (list.data?.pages.flatMap((page) => page.items) ?? []) : (matches.data?.items ?? [])),
    [canList, list.data, matches.data],
  );
  const active = canList ? list : matches;

  const { isFetchingNextPage, isPlaceholderData, isFetchNextPageError, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage && !isPlaceholderData) void fetchNextPage();
  }, [isFetchingNextPage, isPlaceholderData, fetchNextPage]);

  function clearSearch() {
    setSearchText('');
    searchRef.current?.focus();
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <TextInput
          ref={searchRef}
          label="Search customers"
          placeholder="Name, email or phone"
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          rightSection={active.isFetching && !isFetchingNextPage ? <Loader size="xs" /> : <Shortcut keys="/" />}
          style={{ flex: 1, maxWidth: 480 }}
        />
        {canList && (
          <Switch
            label="Show archived"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
          />
        )}
        <ExportButton list="customers" filters={customerListFilters(filters)} />
      </Group>
      {canList && <SegmentChips value={segment} onChange={setSegment} />}
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="customer-count">
        {rows.length > 0
          ? `${formatCount(rows.length)} customers${list.hasNextPage && canList ? ' loaded · scroll for more' : ''}`
          : ''}
      </Text>
      {active.isError && !active.data ? (
        <QueryError error={active.error} onRetry={() => void active.refetch()} />
      ) : rows.length === 0 && !active.isFetching ? (
        <CustomersEmpty
          search={search}
          segment={segment}
          searchOnly={!canList}
          onClearSearch={clearSearch}
          onClearSegment={() => setSegment(null)}
        />
      ) : (
        <>
          <CustomerTable customers={rows} />
          {canList && (
            <LoadMoreSentinel
              hasMore={list.hasNextPage}
              loading={isFetchingNextPage}
              failed={isFetchNextPageError}
              onLoadMore={loadMore}
              endLabel={rows.length > 20 ? 'That is everyone.' : undefined}
            />
          )}
        </>
      )}
    </Stack>
  );
}
