import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { OrderDetail, OrderListInput } from '../../../shared/contract/orders';
import { invoke } from '../client';
import { invalidateInventory } from './inventory-cache';

export const ORDERS_KEY = ['orders'] as const;

/** Orders per page; a filtered page may hold fewer while the cursor still leads on. */
const ORDER_PAGE_SIZE = 50;

export type OrderFilters = Omit<OrderListInput, 'cursor' | 'limit'>;
export type QuoteInput = ChannelInput<'orders.quote'>;

/** The authoritative price of a cart; the caller debounces the input so typing does not flood the host. */
export function useQuote(input: QuoteInput | null) {
  return useQuery({
    queryKey: [...ORDERS_KEY, 'quote', input],
    queryFn: () => invoke('orders.quote', input!),
    enabled: input !== null && input.lines.length > 0,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

/** A sale changes stock and the order list alike. */
function useOrderWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (output) => {
      const detail = orderDetailOf(output);
      if (detail) queryClient.setQueryData([...ORDERS_KEY, 'order', detail.id], detail);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ORDERS_KEY }), invalidateInventory(queryClient)]);
    },
    meta: { errorsShownInline: true },
  });
}

function orderDetailOf(output: unknown): OrderDetail | null {
  if (typeof output !== 'object' || output === null) return null;
  if ('allowedActions' in output) return output as OrderDetail;
  if ('order' in output) return (output as { order: OrderDetail }).order;
  return null;
}

export const usePlaceOrder = () =>
  useOrderWrite((input: ChannelInput<'orders.place'>) => invoke('orders.place', input));
export const useTransitionOrder = () =>
  useOrderWrite((input: ChannelInput<'orders.transition'>) => invoke('orders.transition', input));
export const useReturnOrder = () =>
  useOrderWrite((input: ChannelInput<'orders.return'>) => invoke('orders.return', input));

export function useReceipt(id: number) {
  return useQuery({
    queryKey: [...ORDERS_KEY, 'receipt', id],
    queryFn: () => invoke('orders.getReceipt', { id }),
    meta: { errorsShownInline: true },
  });
}

export function useOrder(id: number) {
  return useQuery({
    queryKey: [...ORDERS_KEY, 'order', id],
    queryFn: () => invoke('orders.get', { id }),
    meta: { errorsShownInline: true },
  });
}

/** Newest first, page by page (keyset cursor). */
export function useOrderList(filters: OrderFilters) {
  return useInfiniteQuery({
    queryKey: [...ORDERS_KEY, 'list', filters],
    queryFn: ({ pageParam }) =>
      invoke('orders.list', { ...filters, limit: ORDER_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

/** One store's day; the store picker defaults to the caller's own store; no date means today on the store's clock. */
export function useEndOfDay(date: string | undefined, storeId: number) {
  return useQuery({
    queryKey: [...ORDERS_KEY, 'end-of-day', storeId, date ?? 'today'],
    queryFn: () => invoke('orders.endOfDay', date === undefined ? { storeId } : { date, storeId }),
    meta: { errorsShownInline: true },
  });
}

const SALES_SETTINGS_KEY = [...ORDERS_KEY, 'sales-settings'] as const;

/** The chain's sales rules, such as how deep a discount goes before a manager must approve it. */
export function useSalesSettings() {
  return useQuery({
    queryKey: SALES_SETTINGS_KEY,
    queryFn: () => invoke('settings.getSales', {}),
    meta: { errorsShownInline: true },
  });
}

/** Saving the rules re-prices open quotes too, since a quote says which lines need approval. */
export function useSetSalesSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.setSales'>) => invoke('settings.setSales', input),
    onSuccess: async (settings) => {
      queryClient.setQueryData(SALES_SETTINGS_KEY, settings);
      await queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
    },
    meta: { errorsShownInline: true },
  });
}

/** Customers to attach to a sale, by name, email or phone. */
export function useCustomerMatches(query: string) {
  const words = query.trim();
  return useQuery({
    queryKey: ['customers', 'search', words],
    queryFn: () => invoke('customers.search', { query: words, limit: 8 }),
    enabled: words.length > 0,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

/** Staff to filter orders by; only managers may list staff, so others do without the filter. */
export function useStaffChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => invoke('staff.list', {}),
    enabled,
    meta: { errorsShownInline: true },
  });
}

/** The best matches for words typed at the till, fetched on Enter when the live matches are not in yet. */
export function productMatchesQuery(words: string, limit: number) {
  return queryOptions({
    queryKey: [...ORDERS_KEY, 'product-matches', words, limit],
    queryFn: () => invoke('products.list', { search: words, sort: 'relevance', limit }),
    staleTime: 10_000,
  });
}
