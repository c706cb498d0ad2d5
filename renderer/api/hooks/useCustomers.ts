import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { CustomerListSort, CustomerProfile, CustomerSegmentName } from '../../../shared/contract/customers';
import { invoke } from '../client';
import { MESSAGES_KEY } from './useMessagesCache';

export const CUSTOMERS_KEY = ['customers'] as const;

const CUSTOMER_PAGE_SIZE = 50;

export interface CustomerFilters {
  search: string;
  segment: CustomerSegmentName | null;
  sort: CustomerListSort;
  includeArchived: boolean;
}

export function customerKey(id: number) {
  return [...CUSTOMERS_KEY, 'customer', id] as const;
}

/** Customers page by page (keyset cursor); the previous list stays on screen while new filters load. */
export function useCustomerList(filters: CustomerFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS_KEY, 'list', filters],
    queryFn: ({ pageParam }) =>
      invoke('customers.list', {
        ...customerListFilters(filters),
        limit: CUSTOMER_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
    meta: { errorsShownInline: true },
  });
}

/** The filters as customers.list takes them, without paging: also what an export of the list is given. */
export function customerListFilters(filters: CustomerFilters) {
  return {
    sort: filters.sort,
    includeArchived: filters.includeArchived,
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.segment ? { segment: filters.segment } : {}),
  };
}

/** A few matches for a picker's search box; waits until something is typed. */
export function useCustomerSearch(query: string, limit = 8) {
  const words = query.trim();
  return useQuery({
    queryKey: [...CUSTOMERS_KEY, 'search', words, limit],
    queryFn: () => invoke('customers.search', { query: words, limit }),
    enabled: words.length > 0,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

export function useCustomer(id: number) {
  return useQuery({
    queryKey: customerKey(id),
    queryFn: () => invoke('customers.get', { id }),
    meta: { errorsShownInline: true },
  });
}

export function useSegmentCounts(enabled = true) {
  return useQuery({
    queryKey: [...CUSTOMERS_KEY, 'segments'],
    queryFn: () => invoke('customers.segments', {}),
    enabled,
    meta: { errorsShownInline: true },
  });
}

export function useTopCustomers(by: 'spend' | 'interactions', enabled = true) {
  return useQuery({
    queryKey: [...CUSTOMERS_KEY, 'top', by],
    queryFn: () => invoke('customers.top', { by, limit: 50 }),
    enabled,
    meta: { errorsShownInline: true },
  });
}

export function useNeverPurchased(enabled = true) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS_KEY, 'neverPurchased'],
    queryFn: ({ pageParam }) =>
      invoke('customers.neverPurchased', {
        limit: CUSTOMER_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
    meta: { errorsShownInline: true },
  });
}

export function useLapsedCustomers(days: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS_KEY, 'lapsed', days],
    queryFn: ({ pageParam }) =>
      invoke('customers.lapsed', {
        days,
        limit: CUSTOMER_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
    meta: { errorsShownInline: true },
  });
}

/**
 * Customer writes answer with the fresh profile: it goes straight into the cache, lists read again,
 * and so do the queries under `alsoChanged`.
 */
function useCustomerWrite<I>(write: (input: I) => Promise<CustomerProfile>, alsoChanged?: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (customer) => {
      queryClient.setQueryData(customerKey(customer.id), customer);
      // Lists refresh in the background: the profile already shows the answer, dialogs close at once.
      void queryClient.invalidateQueries({
        queryKey: CUSTOMERS_KEY,
        predicate: (query) => query.queryKey[1] !== 'customer',
      });
      if (alsoChanged) void queryClient.invalidateQueries({ queryKey: alsoChanged });
    },
    meta: { errorsShownInline: true },
  });
}

export const useCreateCustomer = () =>
  useCustomerWrite((input: ChannelInput<'customers.create'>) => invoke('customers.create', input));
export const useUpdateCustomer = () =>
  useCustomerWrite((input: ChannelInput<'customers.update'>) => invoke('customers.update', input));
export const useArchiveCustomer = () =>
  useCustomerWrite((input: ChannelInput<'customers.archive'>) => invoke('customers.archive', input));
export const useRestoreCustomer = () =>
  useCustomerWrite((input: ChannelInput<'customers.restore'>) => invoke('customers.restore', input));
/** Anonymizing empties the messages about the customer too, wherever they are shown. */
export const useAnonymizeCustomer = () =>
  useCustomerWrite((input: ChannelInput<'customers.anonymize'>) => invoke('customers.anonymize', input), MESSAGES_KEY);

/** A merge changes two customers and every list: everything read about customers may differ. */
export function useMergeCustomers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'customers.merge'>) => invoke('customers.merge', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_KEY }),
    meta: { errorsShownInline: true },
  });
}

export function useExportCustomer() {
  return useMutation({
    mutationFn: (id: number) => invoke('customers.exportData', { id }),
    meta: { errorsShownInline: true },
  });
}

export function useRecomputeSegments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('customers.recomputeSegments', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_KEY }),
    meta: { errorsShownInline: true },
  });
}

const PHONE_COUNTRY_KEY = ['settings', 'phoneCountry'] as const;

export function usePhoneCountry() {
  return useQuery({
    queryKey: PHONE_COUNTRY_KEY,
    queryFn: () => invoke('settings.getPhoneCountry', {}),
    meta: { errorsShownInline: true },
  });
}

/** Saving the phone country may rewrite stored phones: everything read about customers may differ. */
export function useSetPhoneCountry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.setPhoneCountry'>) => invoke('settings.setPhoneCountry', input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(PHONE_COUNTRY_KEY, { phoneCountry: saved.phoneCountry });
      await queryClient.invalidateQueries({ queryKey: CUSTOMERS_KEY });
    },
    meta: { errorsShownInline: true },
  });
}
